package org.ccnplan.constraints;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Project;
import org.ccnplan.domain.Sector;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/** The number of distinct sectors of the projects placed in one cluster, for the fragmentation rule. */
record DistinctSectors(Cluster cluster, int count) {

    /**
     * Collects one cluster's projects. Its result is one object per count, kept for as long as the group lives: the
     * result changes identity only when the count changes, and a Bavet map node after it stops every other update
     * (most moves: a phase change, a project joining a sector already there) before it reaches the rule.
     */
    static final UniConstraintCollector<Project, Tally, DistinctSectors> COLLECTOR = new UniConstraintCollector<>() {
        @Override
        public Supplier<Tally> supplier() {
            return Tally::new;
        }

        @Override
        public BiFunction<Tally, Project, Runnable> accumulator() {
            return Tally::add;
        }

        @Override
        public Function<Tally, DistinctSectors> finisher() {
            return Tally::result;
        }
    };

    @Override
    public String toString() {
        return cluster + ": " + count + " sectors";
    }

    static final class Tally {

        private final SectorCounts projectsBySector = new SectorCounts();
        private Cluster cluster;
        private DistinctSectors[] resultByCount = new DistinctSectors[8];

        private Runnable add(Project project) {
            cluster = project.getCluster();
            Sector sector = project.getSector();
            projectsBySector.add(sector);
            return () -> projectsBySector.remove(sector);
        }

        private DistinctSectors result() {
            int count = projectsBySector.distinct();
            if (count >= resultByCount.length) {
                resultByCount = Arrays.copyOf(resultByCount, 2 * count);
            }
            DistinctSectors result = resultByCount[count];
            if (result == null) {
                result = new DistinctSectors(cluster, count);
                resultByCount[count] = result;
            }
            return result;
        }
    }
}
