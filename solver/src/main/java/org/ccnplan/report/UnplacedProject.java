package org.ccnplan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ccnplan.domain.AllocationConstraintConfiguration;
import org.ccnplan.domain.Project;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * An unplaced project and, for every cluster of the plan, what placing it there would break or cost.
 *
 * @param project the unplaced project (or reserve block)
 * @param trials one per cluster, in plan order
 */
public record UnplacedProject(Project project, List<PlacementTrial> trials) {

    /** Per hard rule, in SPEC order, the clusters it blocks (see {@link PlacementTrial#obstacles()}). */
    public Map<String, List<PlacementTrial>> blockedBy() {
        Map<String, List<PlacementTrial>> blocked = new LinkedHashMap<>();
        for (String rule : AllocationConstraintConfiguration.CONSTRAINT_NAMES) {
            List<PlacementTrial> clusters = new ArrayList<>();
            for (PlacementTrial trial : trials) {
                if (trial.obstacles().stream().anyMatch(delta -> delta.constraint().equals(rule))) {
                    clusters.add(trial);
                }
            }
            if (!clusters.isEmpty()) {
                blocked.put(rule, clusters);
            }
        }
        return blocked;
    }

    /** The clusters that take the project without breaking a hard rule, best score change first. */
    public List<PlacementTrial> hardFeasible() {
        return trials.stream().filter(PlacementTrial::breaksNoHardRule)
                .sorted(Comparator.comparing(PlacementTrial::scoreDelta).reversed())
                .toList();
    }

    /** The hard-feasible cluster that changes the score most for the better (or least for the worse). */
    public Optional<PlacementTrial> best() {
        return hardFeasible().stream().findFirst();
    }

    /** Whether placing the project in its best hard-feasible cluster would improve the plan's score. */
    public boolean improvable() {
        return best().map(trial -> trial.scoreDelta().compareTo(HardMediumSoftLongScore.ZERO) > 0).orElse(false);
    }
}
