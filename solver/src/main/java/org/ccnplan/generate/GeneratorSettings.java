package org.ccnplan.generate;

import java.math.BigDecimal;

/**
 * What a synthetic instance looks like: its size, how tight land is, and how many pins, reserves and hubs it has.
 *
 * @param clusters number of industrial clusters
 * @param projects number of candidate investor projects
 * @param seed the random seed: the same settings give the same dataset, byte for byte
 * @param tightness land the projects and reserves ask for, against all clusters' land in the last phase (0.9: 90%)
 * @param pinnedShare share of projects pinned where a licence already places them (0.02: 2%)
 * @param reserves number of sector reserves (each a sector in a phase; at most one per pair, so at most 30)
 * @param hubs number of logistics hubs (at least one of every type)
 */
public record GeneratorSettings(int clusters, int projects, long seed, BigDecimal tightness, BigDecimal pinnedShare,
        int reserves, int hubs) {

    /** The three standard scales of issue 4: a province, a region, a nation. */
    public enum Scale {
        PROVINCE(36, 300),
        REGION(300, 3_000),
        NATION(1_500, 20_000);

        private final int clusters;
        private final int projects;

        Scale(int clusters, int projects) {
            this.clusters = clusters;
            this.projects = projects;
        }

        public int clusters() {
            return clusters;
        }

        public int projects() {
            return projects;
        }
    }

    /** About one hub for every four clusters, and never fewer than ten. */
    public static int defaultHubs(int clusters) {
        return Math.max(10, clusters / 4);
    }

    /** About one reserve for every seven clusters, at least one, and at most one per sector and phase. */
    public static int defaultReserves(int clusters) {
        return Math.min(30, Math.max(1, clusters / 7));
    }
}
