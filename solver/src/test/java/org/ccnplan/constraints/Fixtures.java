package org.ccnplan.constraints;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.HubType;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Policy;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.domain.Stage;

/**
 * Small, readable building blocks for the constraint tests: three phases, a few sectors, clusters with staged land and
 * power, and projects whose integer units (SPEC section 4) are given directly.
 * <p>
 * Phases are immutable and shared. Sectors, clusters and projects carry mutable state (incompatibilities, distances,
 * the land placed by phase), so every test builds its own through the factory methods below.
 */
final class Fixtures {

    static final Phase P2025 = new Phase("2025", "to 2025", 2025, 0);
    static final Phase P2030 = new Phase("2030", "2026-2030", 2030, 1);
    static final Phase P2035 = new Phase("2035", "after 2030", 2035, 2);
    static final List<Phase> PHASES = List.of(P2025, P2030, P2035);

    private Fixtures() {
    }

    // ************************************************************************
    // Sectors
    // ************************************************************************

    /** Agro-food processing: environmental class 2, priority 3, needs an expressway. */
    static Sector agro() {
        return sector("AGRO", 2, 3, Set.of(HubType.EXPRESSWAY), null);
    }

    /** Textiles and garments: class 2, priority 2, no logistics need. */
    static Sector textile() {
        return sector("TEXTILE", 2, 2, Set.of(), null);
    }

    /** Mechanical engineering: class 3, priority 3, no logistics need. */
    static Sector mechanical() {
        return sector("MECH", 3, 3, Set.of(), null);
    }

    /** Electronics: class 1, priority 3, no logistics need. */
    static Sector electronics() {
        return sector("ELEC", 1, 3, Set.of(), null);
    }

    /** Building materials: class 3, priority 1, no logistics need. */
    static Sector buildingMaterials() {
        return sector("BUILD", 3, 1, Set.of(), null);
    }

    /** Handicrafts: class 1, priority 1, no logistics need. */
    static Sector handicrafts() {
        return sector("CRAFT", 1, 1, Set.of(), null);
    }

    /** A sector needing a seaport within {@code maxHubDistanceKm} (exact decimal, e.g. "40"). */
    static Sector seaportSectorWithLimit(String id, String maxHubDistanceKm) {
        return sector(id, 2, 2, Set.of(HubType.SEAPORT), new BigDecimal(maxHubDistanceKm));
    }

    static Sector sector(String id, int environmentalClass, int priority, Set<HubType> hubTypes,
            BigDecimal maxHubDistanceKm) {
        return new Sector(id, id + " sector", environmentalClass, priority, BigDecimal.ZERO, BigDecimal.ZERO, hubTypes,
                maxHubDistanceKm);
    }

    /** {@code sector} lists every one of {@code others} as incompatible (one side only). */
    static void lists(Sector sector, Sector... others) {
        Set<Sector> incompatible = new LinkedHashSet<>(sector.getIncompatibleWith());
        incompatible.addAll(Arrays.asList(others));
        sector.setIncompatibleWith(incompatible);
    }

    // ************************************************************************
    // Clusters
    // ************************************************************************

    /** A stage: from {@code phase} on, the cluster has this land (ha) and power (MW) in total. */
    static Stage stage(Phase phase, String landHa, String powerMw) {
        return new Stage(phase, new BigDecimal(landHa), new BigDecimal(powerMw));
    }

    /** A cluster that takes every environmental class and excludes no sector. */
    static Cluster cluster(String id, Stage... stages) {
        return cluster(id, 3, Set.of(), stages);
    }

    static Cluster cluster(String id, int maxEnvironmentalClass, Set<Sector> excludedSectors, Stage... stages) {
        return new Cluster(id, "Cụm công nghiệp " + id, "Huyện A", new BigDecimal("10.95"), new BigDecimal("106.80"),
                maxEnvironmentalClass, excludedSectors, List.of(stages), Map.of(), PHASES.size());
    }

    /** 75 ha and 20 MW from 2025 on: room for anything, for rules that do not look at capacity. */
    static Cluster roomyCluster(String id) {
        return cluster(id, stage(P2025, "75", "20"));
    }

    // ************************************************************************
    // Projects
    // ************************************************************************

    /** A project of {@code sector}, 1 ha, no power, value 0, no freight, window 2025-2035, no preferences. */
    static ProjectBuilder project(String id, Sector sector) {
        return new ProjectBuilder(id, sector);
    }

    /** Places a project: sets both planning variables. */
    static Project place(Project project, Cluster cluster, Phase phase) {
        project.setCluster(cluster);
        project.setPhase(phase);
        return project;
    }

    /** Pins a project (a licensed investor), like {@link #place} but for good. */
    static Project pin(Project project, Cluster cluster, Phase phase) {
        project.pin(cluster, phase);
        return project;
    }

    /** A target over the given clusters: those with land at the phase all count at 0 percent. */
    static OperationalTarget target(Phase phase, int minClusters, int minOccupancyPercent, Cluster... clusters) {
        int clustersWithLand = (int) java.util.Arrays.stream(clusters)
                .filter(cluster -> cluster.getLandCapacity(phase) > 0).count();
        return new OperationalTarget("T-" + phase.getId() + "-" + minClusters + "-" + minOccupancyPercent, phase,
                minClusters, minOccupancyPercent, clustersWithLand);
    }

    static Policy policy(int maxSectorsPerCluster) {
        return new Policy(maxSectorsPerCluster, BigDecimal.TEN);
    }

    /** Builds a {@link Project} with its integer units L (hundredths of ha), P (kW), V and T (t/yr) given directly. */
    static final class ProjectBuilder {
        private final String id;
        private final Sector sector;
        private long land = 100;
        private long power = 0;
        private long value = 0;
        private long freight = 0;
        private Phase earliestPhase = P2025;
        private Phase latestPhase = P2035;
        private Set<Cluster> preferredClusters = Set.of();

        private ProjectBuilder(String id, Sector sector) {
            this.id = id;
            this.sector = sector;
        }

        /** L: hundredths of a hectare (500 = 5 ha). */
        ProjectBuilder land(long centiHectares) {
            this.land = centiHectares;
            return this;
        }

        /** P: kilowatts. */
        ProjectBuilder power(long kilowatts) {
            this.power = kilowatts;
            return this;
        }

        /** V: priority-weighted value. */
        ProjectBuilder value(long value) {
            this.value = value;
            return this;
        }

        /** T: tonnes of freight a year. */
        ProjectBuilder freight(long tonnesPerYear) {
            this.freight = tonnesPerYear;
            return this;
        }

        ProjectBuilder window(Phase earliest, Phase latest) {
            this.earliestPhase = earliest;
            this.latestPhase = latest;
            return this;
        }

        ProjectBuilder preferring(Cluster... clusters) {
            this.preferredClusters = Set.of(clusters);
            return this;
        }

        Project build() {
            // The decimals are shown only; every rule reads the integer units.
            return new Project(id, "Nhà máy " + id, "Công ty " + id, sector, BigDecimal.valueOf(land, 2),
                    BigDecimal.valueOf(power, 3), BigDecimal.valueOf(value), 0, earliestPhase, latestPhase,
                    preferredClusters, null, land, power, value, freight);
        }
    }
}
