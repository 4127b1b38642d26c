package org.ccnplan.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** A province's dataset with one allocation of its projects and reserve blocks to clusters and phases. */
@PlanningSolution(solutionCloner = AllocationPlanCloner.class)
public class AllocationPlan {

    private String name;
    private BigDecimal roadFactor;

    @ValueRangeProvider(id = "phaseRange")
    @ProblemFactCollectionProperty
    private List<Phase> phases;
    @ProblemFactCollectionProperty
    private List<Hub> hubs;
    @ProblemFactCollectionProperty
    private List<Sector> sectors;
    @ValueRangeProvider(id = "clusterRange")
    @ProblemFactCollectionProperty
    private List<Cluster> clusters;
    /** As written in the dataset; their blocks are among {@link #projects}. */
    private List<SectorReserve> sectorReserves;
    @ProblemFactCollectionProperty
    private List<OperationalTarget> operationalTargets;
    @ProblemFactProperty
    private Policy policy;
    @ConstraintConfigurationProvider
    private AllocationConstraintConfiguration constraintConfiguration;

    /** Investor projects first, in dataset order, then reserve blocks. */
    @PlanningEntityCollectionProperty
    private List<Project> projects;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public AllocationPlan() {
    }

    public AllocationPlan(String name, BigDecimal roadFactor, List<Phase> phases, List<Hub> hubs,
            List<Sector> sectors, List<Cluster> clusters,
            List<SectorReserve> sectorReserves, List<OperationalTarget> operationalTargets, Policy policy,
            AllocationConstraintConfiguration constraintConfiguration, List<Project> projects) {
        this.name = name;
        this.roadFactor = roadFactor;
        this.phases = phases;
        this.hubs = hubs;
        this.sectors = sectors;
        this.clusters = clusters;
        this.sectorReserves = sectorReserves;
        this.operationalTargets = operationalTargets;
        this.policy = policy;
        this.constraintConfiguration = constraintConfiguration;
        this.projects = projects;
        for (int i = 0; i < sectors.size(); i++) {
            sectors.get(i).setIndex(i);
        }
        for (int i = 0; i < clusters.size(); i++) {
            clusters.get(i).setIndex(i);
            clusters.get(i).setOperationalTargets(operationalTargets);
            clusters.get(i).indexSectorDistances(sectors);
        }
    }

    /**
     * A planning clone: the same facts (clusters, sectors, ... are never changed by the solver), and a clone of every
     * project. OptaPlanner clones the plan at every new best score; its reflective cloner was most of a nation-scale
     * solve's time.
     */
    AllocationPlan planningClone() {
        AllocationPlan clone = new AllocationPlan();
        clone.name = name;
        clone.roadFactor = roadFactor;
        clone.phases = phases;
        clone.hubs = hubs;
        clone.sectors = sectors;
        clone.clusters = clusters;
        clone.sectorReserves = sectorReserves;
        clone.operationalTargets = operationalTargets;
        clone.policy = policy;
        clone.constraintConfiguration = constraintConfiguration;
        List<Project> clonedProjects = new ArrayList<>(projects.size());
        for (Project project : projects) {
            clonedProjects.add(project.planningClone());
        }
        clone.projects = clonedProjects;
        clone.score = score;
        return clone;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getRoadFactor() {
        return roadFactor;
    }

    public List<Phase> getPhases() {
        return phases;
    }

    public List<Hub> getHubs() {
        return hubs;
    }

    public List<Sector> getSectors() {
        return sectors;
    }

    public List<Cluster> getClusters() {
        return clusters;
    }

    public List<SectorReserve> getSectorReserves() {
        return sectorReserves;
    }

    public List<OperationalTarget> getOperationalTargets() {
        return operationalTargets;
    }

    public Policy getPolicy() {
        return policy;
    }

    public AllocationConstraintConfiguration getConstraintConfiguration() {
        return constraintConfiguration;
    }

    public List<Project> getProjects() {
        return projects;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    public Phase getLastPhase() {
        return phases.get(phases.size() - 1);
    }
}
