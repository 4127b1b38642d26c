package org.ccnplan.report;

import static org.ccnplan.domain.AllocationConstraintConfiguration.CLUSTER_NOT_READY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.ENVIRONMENTAL_ZONING;
import static org.ccnplan.domain.AllocationConstraintConfiguration.INCOMPATIBLE_SECTORS;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LAND_CAPACITY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_COST;
import static org.ccnplan.domain.AllocationConstraintConfiguration.LOGISTICS_DISTANCE_LIMIT;
import static org.ccnplan.domain.AllocationConstraintConfiguration.OPERATIONAL_TARGET;
import static org.ccnplan.domain.AllocationConstraintConfiguration.POWER_CAPACITY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.PREFERRED_CLUSTER;
import static org.ccnplan.domain.AllocationConstraintConfiguration.PROJECT_TIME_WINDOW;
import static org.ccnplan.domain.AllocationConstraintConfiguration.SECTOR_FRAGMENTATION;
import static org.ccnplan.domain.AllocationConstraintConfiguration.START_DELAY;
import static org.ccnplan.domain.AllocationConstraintConfiguration.UNPLACED_PROJECT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.ccnplan.constraints.ConstraintTotal;
import org.ccnplan.constraints.RuleMatch;
import org.ccnplan.constraints.RuleMatch.Capacity;
import org.ccnplan.constraints.RuleMatch.Delay;
import org.ccnplan.constraints.RuleMatch.DistanceLimit;
import org.ccnplan.constraints.RuleMatch.Freight;
import org.ccnplan.constraints.RuleMatch.Incompatible;
import org.ccnplan.constraints.RuleMatch.NotPreferred;
import org.ccnplan.constraints.RuleMatch.NotReady;
import org.ccnplan.constraints.RuleMatch.OutsideWindow;
import org.ccnplan.constraints.RuleMatch.Sectors;
import org.ccnplan.constraints.RuleMatch.TargetShortfall;
import org.ccnplan.constraints.RuleMatch.UnplacedValue;
import org.ccnplan.constraints.RuleMatch.Zoning;
import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Hub;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.ccnplan.report.PlacementTrial.RuleDelta;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * An explanation in plain words, in one language: every match as a sentence with the figures its amount comes from,
 * and every unplaced project's obstacles. All words come from {@link Texts}; phases are named by their id.
 */
public final class ExplanationWords {

    /** One row of an unplaced project's table: an obstacle (or none) and the clusters it concerns. */
    public record ObstacleRow(String obstacle, String clusters) {
    }

    private final Texts texts;

    public ExplanationWords(Texts texts) {
        this.texts = texts;
    }

    public static ExplanationWords of(Lang lang) {
        return new ExplanationWords(Texts.of(lang));
    }

    public Texts texts() {
        return texts;
    }

    // ************************************************************************
    // Matches
    // ************************************************************************

    /**
     * The match with its score impact after an arrow: "… → -1,200", or when the rule's weight is not 1,
     * "… → 1 × weight 50 = -50".
     */
    public String matchWithImpact(RuleMatch match, long weight) {
        long impact = ConstraintTotal.onLevel(match.impact(), AllocationConstraintConfiguration.levelOf(
                match.constraint()));
        String tail = weight == 1 ? texts.number(impact)
                : texts.get("explain.impactWeighted", texts.number(match.amount()), texts.number(weight),
                        texts.number(impact));
        return match(match) + " → " + tail;
    }

    /**
     * A violation the pinned projects cause among themselves: the rule, the match in words, and for a capacity the
     * pinned projects that fill the cluster.
     */
    public String unavoidable(RuleMatch match) {
        String words = texts.constraint(match.constraint()) + ": " + match(match);
        boolean capacity = match.constraint().equals(LAND_CAPACITY) || match.constraint().equals(POWER_CAPACITY);
        return capacity ? words + " " + texts.get("explain.pinnedProjects", match.projects().stream()
                .map(Project::getId).collect(Collectors.joining(", "))) : words;
    }

    /** A match in words: where, who, and how its amount comes about. */
    public String match(RuleMatch match) {
        String key = "explain.match." + match.constraint().replace(' ', '_');
        String cluster = match.cluster() == null ? "" : match.cluster().getId();
        String phase = match.phase() == null ? "" : match.phase().getId();
        Project project = match.projects().isEmpty() ? null : match.projects().get(0);
        RuleMatch.Facts facts = match.facts();
        return switch (match.constraint()) {
            case LAND_CAPACITY -> {
                Capacity land = (Capacity) facts;
                yield texts.get(key, cluster, phase, texts.hectares(land.used()), texts.hectares(land.capacity()),
                        texts.hectares(match.amount()));
            }
            case POWER_CAPACITY -> {
                Capacity power = (Capacity) facts;
                yield texts.get(key, cluster, phase, texts.megawatts(power.used()), texts.megawatts(power.capacity()),
                        texts.megawatts(match.amount()));
            }
            case CLUSTER_NOT_READY -> texts.get(key, project(project), cluster, phase,
                    ((NotReady) facts).readyFrom().getId());
            case PROJECT_TIME_WINDOW -> {
                OutsideWindow window = (OutsideWindow) facts;
                yield texts.get(key, project(project), cluster, phase, window.earliest().getId(),
                        window.latest().getId());
            }
            case ENVIRONMENTAL_ZONING -> texts.get(key, project(project), cluster, zoningWords((Zoning) facts));
            case INCOMPATIBLE_SECTORS -> {
                Incompatible pair = (Incompatible) facts;
                yield texts.get(key, cluster, match.projects().get(0).getId(), pair.first().getId(),
                        match.projects().get(1).getId(), pair.second().getId());
            }
            case LOGISTICS_DISTANCE_LIMIT -> {
                DistanceLimit limit = (DistanceLimit) facts;
                yield texts.get(key, project(project), cluster, hubType(limit.nearest()), limit.nearest().getId(),
                        km(limit.distanceMetres()), texts.plain(limit.limitKm()));
            }
            case UNPLACED_PROJECT -> {
                UnplacedValue value = (UnplacedValue) facts;
                yield project.isReserveBlock()
                        ? texts.get("explain.match.Unplaced_reserve", project(project),
                                texts.hectares(project.getLand()), texts.number(value.base()),
                                texts.number(value.priority()), texts.number(match.amount()))
                        : texts.get(key, project(project), texts.number(value.base()),
                                texts.number(value.priority()), texts.number(match.amount()));
            }
            case LOGISTICS_COST -> {
                Freight freight = (Freight) facts;
                yield texts.get(key, project(project), cluster, texts.number(freight.tonnesPerYear()),
                        km(freight.distanceMetres()), hubType(freight.nearest()), freight.nearest().getId(),
                        texts.number(match.amount()));
            }
            case START_DELAY -> {
                Delay delay = (Delay) facts;
                yield texts.get(key, project(project), cluster, phase, phases(delay.phasesLate()),
                        delay.earliest().getId(), texts.number(delay.value()), texts.number(delay.phasesLate()),
                        texts.number(match.amount()));
            }
            case SECTOR_FRAGMENTATION -> {
                Sectors sectors = (Sectors) facts;
                yield texts.get(key, cluster, texts.number(sectors.sectors().size()),
                        sectors.sectors().stream().map(Sector::getId).collect(Collectors.joining(", ")),
                        texts.number(sectors.maxSectors()), texts.number(match.amount()));
            }
            case OPERATIONAL_TARGET -> {
                TargetShortfall target = (TargetShortfall) facts;
                yield texts.get(key, phase, clusters(target.meeting().size()),
                        texts.number(target.target().getMinOccupancyPercent()), clusterIds(target.meeting()),
                        texts.number(target.target().getMinClusters()), texts.number(match.amount()));
            }
            case PREFERRED_CLUSTER -> texts.get(key, project(project), cluster,
                    clusterIds(((NotPreferred) facts).preferred()));
            default -> throw new IllegalArgumentException("No rule named " + match.constraint());
        };
    }

    private String zoningWords(Zoning zoning) {
        List<String> reasons = new ArrayList<>();
        if (zoning.classTooHigh()) {
            reasons.add(texts.get("explain.zoning.class", texts.number(zoning.environmentalClass()),
                    texts.number(zoning.maxEnvironmentalClass())));
        }
        if (zoning.excluded()) {
            reasons.add(texts.get("explain.zoning.excluded", zoning.sector().getId()));
        }
        return String.join("; ", reasons);
    }

    /** "INV-014 (Dệt may Hòa Bình)". */
    public String project(Project project) {
        return texts.get("explain.project", project.getId(), name(project));
    }

    /** A project's name; a reserve block's in this language, from its sector (its own name is generated). */
    public String name(Project project) {
        return project.isReserveBlock() ? texts.get("explain.reserveBlock", project.getSector().getName())
                : project.getName();
    }

    /** A distance in metres as km, exactly, without trailing zeros: "52.3". */
    public String km(long metres) {
        return texts.plain(BigDecimal.valueOf(metres, 3).stripTrailingZeros());
    }

    private String hubType(Hub hub) {
        return texts.get("explain.hubType." + hub.getType().name());
    }

    private String phases(int count) {
        return count == 1 ? texts.get("explain.phases.one") : texts.get("explain.phases.other", texts.number(count));
    }

    /** "1 match", "12 matches". */
    public String matches(long count) {
        return count == 1 ? texts.get("explain.matches.one") : texts.get("explain.matches.other", texts.number(count));
    }

    private String clusters(int count) {
        return count == 1 ? texts.get("explain.clusters.one")
                : texts.get("explain.clusters.other", texts.number(count));
    }

    private String clusterIds(List<Cluster> clusters) {
        return clusters.isEmpty() ? texts.get("explain.none")
                : clusters.stream().map(Cluster::getId).collect(Collectors.joining(", "));
    }

    /** The heading of a rule: "Start delay (soft, weight 1): 63 matches, -27,431". */
    public String ruleHeading(PlanExplanation.RuleExplanation rule) {
        return texts.get("explain.rule", texts.constraint(rule.name()), texts.level(rule.level()),
                texts.number(rule.weight()), matches(rule.matches().size()), texts.number(rule.levelImpact()));
    }

    /** A change of score in words, its non-zero levels only: "+150 medium, -20 soft"; "no change". */
    public String delta(HardMediumSoftLongScore delta) {
        List<String> parts = new ArrayList<>();
        addLevel(parts, "explain.delta.hard", delta.hardScore());
        addLevel(parts, "explain.delta.medium", delta.mediumScore());
        addLevel(parts, "explain.delta.soft", delta.softScore());
        return parts.isEmpty() ? texts.get("explain.delta.none") : String.join(", ", parts);
    }

    private void addLevel(List<String> parts, String key, long value) {
        if (value != 0) {
            parts.add(texts.get(key, (value > 0 ? "+" : "") + texts.number(value)));
        }
    }

    // ************************************************************************
    // Unplaced projects
    // ************************************************************************

    /** A project's window of phases: "2030–2035", or "2030" when it has one phase. */
    public String window(Project project) {
        return project.getEarliestPhase() == project.getLatestPhase() ? project.getEarliestPhase().getId()
                : project.getEarliestPhase().getId() + "–" + project.getLatestPhase().getId();
    }

    /** "INV-011 (…): AGRO, 4.50 ha, 0.900 MW, 2030–2035, value 825". */
    public String unplacedHeading(Project project) {
        String window = window(project);
        return texts.get("explain.unplaced.project", project(project), project.getSector().getId(),
                texts.hectares(project.getLand()), texts.megawatts(project.getPower()), window,
                texts.number(project.getValue()));
    }

    /** One sentence: what blocks the project in every cluster, or where it would fit and what that would change. */
    public String unplacedSummary(UnplacedProject unplaced) {
        List<PlacementTrial> feasible = unplaced.hardFeasible();
        if (feasible.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, List<PlacementTrial>> blocked : unplaced.blockedBy().entrySet()) {
                parts.add(texts.get("explain.unplaced.blockedBy", texts.constraint(blocked.getKey()),
                        clusters(blocked.getValue().size())));
            }
            return texts.get("explain.unplaced.blocked", String.join(", ", parts));
        }
        PlacementTrial best = feasible.get(0);
        String key = unplaced.improvable() ? "explain.unplaced.improvable"
                : best.scoreDelta().equals(HardMediumSoftLongScore.ZERO) ? "explain.unplaced.neutral"
                : "explain.unplaced.tooCostly";
        return texts.get(key, clusters(feasible.size()), best.cluster().getId(), best.tried().getId(),
                delta(best.scoreDelta()));
    }

    /**
     * The table of an unplaced project: one row per hard rule that blocks clusters, then the clusters that fit; each
     * cluster with the phase of its best trial, and the figures of that trial.
     */
    public List<ObstacleRow> obstacleRows(UnplacedProject unplaced) {
        List<ObstacleRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<PlacementTrial>> blocked : unplaced.blockedBy().entrySet()) {
            String rule = blocked.getKey();
            String cells = blocked.getValue().stream()
                    .map(trial -> texts.get("explain.reason.cell", trial.cluster().getId(), trial.tried().getId(),
                            reason(unplaced.project(), trial, trial.delta(rule).orElseThrow())))
                    .collect(Collectors.joining("; "));
            rows.add(new ObstacleRow(texts.constraint(rule) + " (" + texts.number(blocked.getValue().size()) + ")",
                    cells));
        }
        List<PlacementTrial> feasible = unplaced.hardFeasible();
        if (!feasible.isEmpty()) {
            String cells = feasible.stream()
                    .map(trial -> texts.get("explain.reason.feasible", trial.cluster().getId(), trial.tried().getId(),
                            delta(trial.scoreDelta())))
                    .collect(Collectors.joining("; "));
            rows.add(new ObstacleRow(texts.get("explain.noHardRule") + " (" + texts.number(feasible.size()) + ")",
                    cells));
        }
        return rows;
    }

    /** Why a hard rule blocks the cluster, in a few words: "1.20 ha free by 2030", "class 3 > 2", "52.3 km > 40 km". */
    public String reason(Project project, PlacementTrial trial, RuleDelta delta) {
        List<RuleMatch> found = delta.newMatches();
        return switch (delta.constraint()) {
            case LAND_CAPACITY -> capacityReason("explain.reason.Land_capacity", found, project.getLand(),
                    texts::hectares);
            case POWER_CAPACITY -> capacityReason("explain.reason.Power_capacity", found, project.getPower(),
                    texts::megawatts);
            case CLUSTER_NOT_READY -> texts.get("explain.reason.Cluster_not_ready",
                    ((NotReady) found.get(0).facts()).readyFrom().getId());
            case PROJECT_TIME_WINDOW -> texts.get("explain.reason.Project_time_window",
                    project.getEarliestPhase().getId(), project.getLatestPhase().getId());
            case ENVIRONMENTAL_ZONING -> zoningReason((Zoning) found.get(0).facts());
            case INCOMPATIBLE_SECTORS -> texts.get("explain.reason.Incompatible_sectors",
                    partners(project, found));
            case LOGISTICS_DISTANCE_LIMIT -> {
                DistanceLimit limit = (DistanceLimit) found.get(0).facts();
                yield texts.get("explain.reason.Logistics_distance_limit", km(limit.distanceMetres()),
                        texts.plain(limit.limitKm()));
            }
            default -> texts.constraint(delta.constraint());
        };
    }

    /**
     * The least room left, over the phases where placing the project overflows: capacity minus what the others use,
     * never below zero.
     */
    private String capacityReason(String key, List<RuleMatch> overflows, long needed,
            LongFunction<String> unit) {
        RuleMatch tightest = null;
        long leastFree = Long.MAX_VALUE;
        for (RuleMatch overflow : overflows) {
            Capacity capacity = (Capacity) overflow.facts();
            long free = Math.max(0, capacity.capacity() - (capacity.used() - needed));
            if (free < leastFree) {
                leastFree = free;
                tightest = overflow;
            }
        }
        return texts.get(key, unit.apply(leastFree), tightest.phase().getId());
    }

    /**
     * The projects the project would be paired with, by sector: "AGRO: 7 projects, ELEC: INV-027" (the id when a
     * sector has one).
     */
    private String partners(Project project, List<RuleMatch> pairs) {
        Map<Sector, List<String>> bySector = new LinkedHashMap<>();
        for (RuleMatch pair : pairs) {
            Project other = pair.projects().get(0) == project ? pair.projects().get(1) : pair.projects().get(0);
            bySector.computeIfAbsent(other.getSector(), sector -> new ArrayList<>()).add(other.getId());
        }
        List<String> parts = new ArrayList<>();
        bySector.forEach((sector, ids) -> parts.add(sector.getId() + ": " + (ids.size() == 1 ? ids.get(0)
                : texts.get("explain.projects.other", texts.number(ids.size())))));
        return String.join(", ", parts);
    }

    private String zoningReason(Zoning zoning) {
        List<String> reasons = new ArrayList<>();
        if (zoning.classTooHigh()) {
            reasons.add(texts.get("explain.reason.zoningClass", texts.number(zoning.environmentalClass()),
                    texts.number(zoning.maxEnvironmentalClass())));
        }
        if (zoning.excluded()) {
            reasons.add(texts.get("explain.reason.zoningExcluded", zoning.sector().getId()));
        }
        return String.join(", ", reasons);
    }
}
