package org.ccnplan.cli;

import static org.ccnplan.cli.HtmlText.escape;
import static org.ccnplan.cli.HtmlText.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Units;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.PlanReport.ClusterPhaseUse;
import org.ccnplan.report.Texts;

/**
 * Land and power used against capacity, cluster by cluster and phase by phase, as inline SVG: small multiples of
 * horizontal bars on one scale per quantity, capacity as an outline, use as a fill, red where use exceeds capacity.
 * Clusters come in blocks of {@value #CLUSTERS_PER_BLOCK}, one {@code <svg>} each, so that a printed page never cuts
 * a block.
 */
final class SvgChart {

    static final String LAND = "#2c7fb8";
    static final String POWER = "#e8913a";
    static final String OVER = "#d62728";
    /** The band behind every other cluster (the screenshot test finds the chart by it). */
    static final String BAND = "#eaeff5";
    static final int WIDTH = 1000;
    static final int CLUSTERS_PER_BLOCK = 12;
    /** Where the land and power panels start, and their width. */
    static final double LAND_X = 160;
    static final double POWER_X = 600;
    static final double PANEL_WIDTH = 360;

    private static final double LABEL_END = 94;
    private static final double PHASE_END = 150;
    private static final double AXIS_HEIGHT = 40;
    private static final double BAR_HEIGHT = 8;
    private static final double BAR_STEP = 11;
    private static final double GROUP_PADDING = 10;
    private static final String INK = "#222222";
    private static final String GRID = "#c8ccd2";

    private final Texts texts;
    private final List<List<ClusterPhaseUse>> clusters;
    private final Axis land;
    private final Axis power;

    private SvgChart(Texts texts, List<List<ClusterPhaseUse>> clusters) {
        this.texts = texts;
        this.clusters = clusters;
        long landMax = 0;
        long powerMax = 0;
        for (List<ClusterPhaseUse> phases : clusters) {
            for (ClusterPhaseUse use : phases) {
                landMax = Math.max(landMax, Math.max(use.landUsed(), use.landCapacity()));
                powerMax = Math.max(powerMax, Math.max(use.powerUsed(), use.powerCapacity()));
            }
        }
        land = Axis.upTo(landMax, value -> texts.decimal(Units.hectares(value)));
        power = Axis.upTo(powerMax, value -> texts.decimal(Units.megawatts(value)));
    }

    /** The legend and the blocks of bars, or nothing when no cluster has capacity or use in any phase. */
    static String draw(Texts texts, PlanReport report) {
        Map<Cluster, List<ClusterPhaseUse>> byCluster = new LinkedHashMap<>();
        report.clusterPhases().forEach(use -> byCluster.computeIfAbsent(use.cluster(), c -> new ArrayList<>()).add(use));
        List<List<ClusterPhaseUse>> shown = byCluster.values().stream()
                .filter(phases -> phases.stream().anyMatch(use -> use.landCapacity() > 0 || use.landUsed() > 0
                        || use.powerCapacity() > 0 || use.powerUsed() > 0))
                .toList();
        return shown.isEmpty() ? "" : new SvgChart(texts, shown).draw();
    }

    private String draw() {
        StringBuilder html = new StringBuilder(legend());
        for (int from = 0; from < clusters.size(); from += CLUSTERS_PER_BLOCK) {
            html.append(block(clusters.subList(from, Math.min(clusters.size(), from + CLUSTERS_PER_BLOCK))));
        }
        return html.toString();
    }

    private String legend() {
        StringBuilder svg = new StringBuilder("<svg class=\"chart-legend\" width=\"" + WIDTH
                + "\" height=\"26\" viewBox=\"0 0 " + WIDTH + " 26\" font-size=\"12\" fill=\"" + INK + "\">\n");
        double x = LAND_X;
        String[][] entries = {
            {"none", INK, texts.get("html.chart.capacity")},
            {LAND, "none", texts.get("html.chart.landUsed")},
            {POWER, "none", texts.get("html.chart.powerUsed")},
            {OVER, "none", texts.get("html.chart.over")}};
        for (String[] entry : entries) {
            svg.append("<rect class=\"legend-swatch\" x=\"").append(number(x)).append("\" y=\"8\" width=\"22\" height=\"")
                    .append(number(BAR_HEIGHT + 2)).append("\" fill=\"").append(entry[0]).append('"')
                    .append("none".equals(entry[1]) ? "" : " stroke=\"" + entry[1] + "\"").append("/>");
            svg.append("<text x=\"").append(number(x + 28)).append("\" y=\"17\">").append(escape(entry[2]))
                    .append("</text>\n");
            x += 28 + entry[2].codePointCount(0, entry[2].length()) * 7.0 + 26;
        }
        return svg.append("</svg>\n").toString();
    }

    private String block(List<List<ClusterPhaseUse>> group) {
        int phases = group.get(0).size();
        double groupHeight = phases * BAR_STEP + GROUP_PADDING;
        double height = AXIS_HEIGHT + group.size() * groupHeight + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" width=\"").append(WIDTH).append("\" height=\"").append(number(height))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(number(height)).append("\" role=\"img\"")
                .append(" aria-label=\"").append(escape(texts.get("html.chart"))).append("\">\n");
        for (int i = 0; i < group.size(); i += 2) {
            svg.append("<rect class=\"band\" x=\"0\" y=\"").append(number(AXIS_HEIGHT + i * groupHeight))
                    .append("\" width=\"").append(WIDTH).append("\" height=\"").append(number(groupHeight))
                    .append("\" fill=\"").append(BAND).append("\"/>\n");
        }
        axis(svg, LAND_X, land, texts.get("html.chart.land"), height);
        axis(svg, POWER_X, power, texts.get("html.chart.power"), height);
        for (int i = 0; i < group.size(); i++) {
            List<ClusterPhaseUse> uses = group.get(i);
            double top = AXIS_HEIGHT + i * groupHeight + GROUP_PADDING / 2;
            Cluster cluster = uses.get(0).cluster();
            svg.append("<text class=\"cluster-label\" x=\"").append(number(LABEL_END)).append("\" y=\"")
                    .append(number(top + phases * BAR_STEP / 2 + 3)).append("\" text-anchor=\"end\" font-size=\"12\"")
                    .append(" font-weight=\"bold\" fill=\"").append(INK).append("\"><title>")
                    .append(escape(cluster.getId() + " " + cluster.getName())).append("</title>")
                    .append(escape(shorten(cluster.getId(), 12))).append("</text>\n");
            for (int p = 0; p < uses.size(); p++) {
                ClusterPhaseUse use = uses.get(p);
                double y = top + p * BAR_STEP;
                svg.append("<text x=\"").append(number(PHASE_END)).append("\" y=\"").append(number(y + BAR_HEIGHT))
                        .append("\" text-anchor=\"end\" font-size=\"9.5\" fill=\"#555555\">")
                        .append(escape(shorten(use.phase().getId(), 10))).append("</text>\n");
                bar(svg, "land", use, y, LAND_X, land, LAND, use.landUsed(), use.landCapacity(),
                        texts.get("html.chart.landTitle", cluster.getId(), use.phase().getId(),
                                texts.decimal(Units.hectares(use.landUsed())),
                                texts.decimal(Units.hectares(use.landCapacity())),
                                percent(use.landUsed(), use.landCapacity())));
                bar(svg, "power", use, y, POWER_X, power, POWER, use.powerUsed(), use.powerCapacity(),
                        texts.get("html.chart.powerTitle", cluster.getId(), use.phase().getId(),
                                texts.decimal(Units.megawatts(use.powerUsed())),
                                texts.decimal(Units.megawatts(use.powerCapacity())),
                                percent(use.powerUsed(), use.powerCapacity())));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    /** The panel's title, its round-number ticks with gridlines, and its baseline. */
    private void axis(StringBuilder svg, double x, Axis axis, String title, double height) {
        svg.append("<text class=\"axis-title\" x=\"").append(number(x)).append("\" y=\"14\" font-size=\"12\"")
                .append(" font-weight=\"bold\" fill=\"").append(INK).append("\">").append(escape(title))
                .append("</text>\n");
        svg.append("<g class=\"axis\" font-size=\"10\" fill=\"#444444\" text-anchor=\"middle\">");
        for (long tick = 0; tick <= axis.max(); tick += axis.step()) {
            double at = x + axis.width(tick);
            svg.append("<path d=\"M").append(number(at)).append(' ').append(number(AXIS_HEIGHT - 4)).append(" V")
                    .append(number(height - 2)).append("\" stroke=\"").append(GRID).append("\" stroke-width=\"0.6\"/>")
                    .append("<text x=\"").append(number(at)).append("\" y=\"").append(number(AXIS_HEIGHT - 8))
                    .append("\">").append(escape(axis.label().apply(tick))).append("</text>");
        }
        svg.append("<path d=\"M").append(number(x)).append(' ').append(number(AXIS_HEIGHT - 4)).append(" V")
                .append(number(height - 2)).append("\" stroke=\"#888888\" stroke-width=\"1\"/></g>\n");
    }

    private void bar(StringBuilder svg, String kind, ClusterPhaseUse use, double y, double x, Axis axis,
            String colour, long used, long capacity, String title) {
        boolean over = used > capacity;
        svg.append("<g class=\"bar ").append(kind).append("\" data-cluster=\"").append(escape(use.cluster().getId()))
                .append("\" data-phase=\"").append(escape(use.phase().getId())).append("\"><title>")
                .append(escape(title)).append("</title>");
        svg.append("<rect class=\"used").append(over ? " over" : "").append("\" x=\"").append(number(x))
                .append("\" y=\"").append(number(y)).append("\" width=\"").append(number(axis.width(used)))
                .append("\" height=\"").append(number(BAR_HEIGHT)).append("\" fill=\"").append(over ? OVER : colour)
                .append("\"/>");
        // The outline after the fill, so that the capacity stays visible over the use.
        svg.append("<rect class=\"capacity\" x=\"").append(number(x)).append("\" y=\"").append(number(y))
                .append("\" width=\"").append(number(axis.width(capacity))).append("\" height=\"")
                .append(number(BAR_HEIGHT)).append("\" fill=\"none\" stroke=\"").append(INK)
                .append("\" stroke-width=\"1\"/>");
        if (capacity == 0 && used == 0 && !use.cluster().isReadyIn(use.phase())) {
            svg.append("<text x=\"").append(number(x + 4)).append("\" y=\"").append(number(y + BAR_HEIGHT))
                    .append("\" font-size=\"9\" font-style=\"italic\" fill=\"#777777\">")
                    .append(escape(texts.get("html.chart.notReady"))).append("</text>");
        }
        svg.append("</g>\n");
    }

    private String percent(long used, long capacity) {
        return capacity == 0 ? texts.get("html.chart.noCapacity") : texts.number(used * 100 / capacity) + "%";
    }

    private static String shorten(String text, int chars) {
        return text.codePointCount(0, text.length()) <= chars ? text
                : text.substring(0, text.offsetByCodePoints(0, chars - 1)) + "…";
    }

    /** A scale from 0 to a round maximum, in the report's integer units, with round ticks labelled by the texts. */
    private record Axis(long max, long step, LongFunction<String> label) {

        static Axis upTo(long largest, LongFunction<String> label) {
            long step = Ticks.step(Math.max(largest, 1), 5);
            long max = Math.max(step, (largest + step - 1) / step * step);
            return new Axis(max, step, label);
        }

        /** A value's length on the panel: proportional to the value. */
        double width(long value) {
            return PANEL_WIDTH * value / max;
        }
    }
}
