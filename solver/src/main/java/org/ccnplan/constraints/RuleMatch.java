package org.ccnplan.constraints;

import java.math.BigDecimal;
import java.util.List;

import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Hub;
import org.ccnplan.domain.OperationalTarget;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One non-zero term of one rule of SPEC section 4, as the plain recomputation finds it: where (cluster and phase, when
 * the rule has them), who (the projects involved), how much (the rule's raw amount and its weighted, signed impact on
 * the score) and the figures the amount was computed from, so that a report can say it in words.
 *
 * @param constraint the rule's SPEC name
 * @param cluster the cluster, or null (unplaced project, operational target)
 * @param phase the phase: of the capacity term, or the phase the project starts in; null when the rule has none
 * @param projects the projects involved: the one project of a per-project rule, the pair of an incompatible pair, the
 *        projects placed in the cluster by the phase for a capacity term, those in the cluster for sector
 *        fragmentation; none for an operational target
 * @param amount the term's amount, above 0, in the rule's unit
 * @param impact the amount times the rule's weight, negated
 * @param facts the figures behind the amount
 */
public record RuleMatch(String constraint, Cluster cluster, Phase phase, List<Project> projects, long amount,
        HardMediumSoftLongScore impact, Facts facts) {

    /** The figures behind a match's amount, one kind per rule. */
    public sealed interface Facts permits Capacity, NotReady, OutsideWindow, Zoning, Incompatible, DistanceLimit,
            UnplacedValue, Freight, Delay, Sectors, TargetShortfall, NotPreferred {
    }

    /** Land (hundredths of a hectare) or power (kW) placed in the cluster by the phase, and its capacity then. */
    public record Capacity(long used, long capacity) implements Facts {
    }

    /** The phase of the cluster's first stage. */
    public record NotReady(Phase readyFrom) implements Facts {
    }

    /** The project's window. */
    public record OutsideWindow(Phase earliest, Phase latest) implements Facts {
    }

    /** The sector's environmental class against the cluster's highest; whether the cluster excludes the sector. */
    public record Zoning(Sector sector, int environmentalClass, int maxEnvironmentalClass, boolean excluded)
            implements Facts {

        public boolean classTooHigh() {
            return environmentalClass > maxEnvironmentalClass;
        }
    }

    /** The sectors of the pair's two projects, in the order of {@link RuleMatch#projects()}. */
    public record Incompatible(Sector first, Sector second) implements Facts {
    }

    /** D(c, s) in metres, through its nearest hub, above the sector's limit in km. */
    public record DistanceLimit(Hub nearest, long distanceMetres, BigDecimal limitKm) implements Facts {
    }

    /** V = base x priority: the rounded capital, or for a reserve block the rounded value of its land. */
    public record UnplacedValue(long base, int priority) implements Facts {
    }

    /** K = (T x D + 500000) div 1000000, with D through its nearest hub. */
    public record Freight(long tonnesPerYear, Hub nearest, long distanceMetres) implements Facts {
    }

    /** V x phases late. */
    public record Delay(long value, int phasesLate, Phase earliest) implements Facts {
    }

    /** The distinct sectors in the cluster (in the plan's order) and the policy's limit. */
    public record Sectors(List<Sector> sectors, int maxSectors) implements Facts {
    }

    /** The clusters meeting the target (in the plan's order); the amount is how many are missing. */
    public record TargetShortfall(OperationalTarget target, List<Cluster> meeting) implements Facts {
    }

    /** The project's preferred clusters, in the plan's order. */
    public record NotPreferred(List<Cluster> preferred) implements Facts {
    }
}
