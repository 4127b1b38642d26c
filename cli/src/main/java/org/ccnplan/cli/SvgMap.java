package org.ccnplan.cli;

import static org.ccnplan.cli.HtmlText.escape;
import static org.ccnplan.cli.HtmlText.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ccnplan.domain.AllocationPlan;
import org.ccnplan.domain.Cluster;
import org.ccnplan.domain.Hub;
import org.ccnplan.domain.HubType;
import org.ccnplan.domain.Phase;
import org.ccnplan.domain.Sector;
import org.ccnplan.domain.Units;
import org.ccnplan.report.PlanReport;
import org.ccnplan.report.PlanReport.ClusterPhaseUse;
import org.ccnplan.report.Texts;

/**
 * A plan's clusters on a map, as inline SVG: each cluster a circle at its coordinates, its area proportional to the
 * land used by the last phase (to the land capacity, dashed, where nothing is placed), filled with its main sector's
 * colour; hubs as a mark per type; a legend, a scale bar in km and the cluster ids as labels.
 */
final class SvgMap {

    /** The fill of the map area (the screenshot test finds the map by it). */
    static final String BACKGROUND = "#edf0e4";
    static final int WIDTH = 1000;

    private static final double MAP_WIDTH = 680;
    private static final double MAX_MAP_HEIGHT = 640;
    private static final double MIN_MAP_HEIGHT = 280;
    private static final double MARGIN = 36;
    private static final double MAX_RADIUS = 22;
    private static final double MIN_RADIUS = 2.5;
    private static final double LEGEND_X = 704;
    private static final int LEGEND_CHARS = 46;
    /** A degree of latitude on the sphere of the distance formula (R = 6371 km). */
    private static final double KM_PER_DEGREE = Math.PI * 6371.0 / 180;
    private static final String INK = "#222222";
    private static final String EMPTY_STROKE = "#666666";
    private static final double LABEL_CHAR_WIDTH = 6.6;
    private static final double LABEL_HEIGHT = 11;

    private final Texts texts;
    private final AllocationPlan plan;
    private final PlanReport report;
    private final SectorColours colours;
    private final long largestLand;
    private final Projection projection;
    private final StringBuilder svg = new StringBuilder();

    private SvgMap(Texts texts, AllocationPlan plan, PlanReport report, long largestLand) {
        this.texts = texts;
        this.plan = plan;
        this.report = report;
        this.colours = new SectorColours(plan.getSectors());
        this.largestLand = largestLand;
        this.projection = Projection.of(plan);
    }

    /**
     * The map as an {@code <svg>} element. Circles are scaled so that {@code largestLand} (hundredths of a hectare)
     * gets the largest radius: maps of several plans of one dataset, drawn with the same value, compare at a glance.
     */
    static String draw(Texts texts, AllocationPlan plan, PlanReport report, long largestLand, String caption) {
        return new SvgMap(texts, plan, report, largestLand).draw(caption);
    }

    /** The land a cluster's circle stands for: used by the last phase, or the capacity where nothing is placed. */
    static long sizedLand(ClusterPhaseUse last) {
        return last.landUsed() > 0 ? last.landUsed() : last.landCapacity();
    }

    /** The largest land any cluster's circle stands for in this plan. */
    static long largestLand(PlanReport report, Phase lastPhase) {
        return report.clusterPhases().stream().filter(use -> use.phase() == lastPhase).mapToLong(SvgMap::sizedLand)
                .max().orElse(0);
    }

    private record Spot(Cluster cluster, ClusterPhaseUse last, String mainSector, double x, double y, double r) {
    }

    private String draw(String caption) {
        List<Spot> spots = spots();
        Legend legend = new Legend(spots);
        double height = Math.max(projection.height(), legend.height());
        svg.append("<svg class=\"map\" width=\"").append(WIDTH).append("\" height=\"").append(number(height))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(number(height))
                .append("\" role=\"img\" aria-label=\"").append(escape(caption)).append("\">\n");
        svg.append("<title>").append(escape(caption)).append("</title>\n");
        svg.append("<rect class=\"map-area\" x=\"0\" y=\"0\" width=\"").append(number(MAP_WIDTH))
                .append("\" height=\"").append(number(projection.height())).append("\" fill=\"").append(BACKGROUND)
                .append("\"/>\n");
        drawClusters(spots);
        List<Box> obstacles = drawHubs();
        drawLabels(spots, obstacles);
        drawScaleBar();
        drawNorthArrow();
        legend.draw();
        svg.append("</svg>\n");
        return svg.toString();
    }

    private List<Spot> spots() {
        Phase lastPhase = plan.getLastPhase();
        Map<Cluster, ClusterPhaseUse> last = new LinkedHashMap<>();
        report.clusterPhases().stream().filter(use -> use.phase() == lastPhase)
                .forEach(use -> last.put(use.cluster(), use));
        List<Spot> spots = new ArrayList<>();
        for (Cluster cluster : plan.getClusters()) {
            ClusterPhaseUse use = last.get(cluster);
            long sized = sizedLand(use);
            double r = largestLand > 0 && sized > 0
                    ? Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt((double) sized / largestLand)) : MIN_RADIUS;
            spots.add(new Spot(cluster, use, GeoJsonReport.mainSector(plan, cluster),
                    projection.x(cluster.getLon()), projection.y(cluster.getLat()), r));
        }
        return spots;
    }

    private void drawClusters(List<Spot> spots) {
        svg.append("<g class=\"clusters\">\n");
        // The largest first, so that a small cluster next to a large one stays visible on top.
        List<Spot> bySize = spots.stream().sorted(Comparator.comparingDouble(Spot::r).reversed()).toList();
        for (Spot spot : bySize) {
            boolean empty = spot.last().landUsed() == 0;
            svg.append("<circle class=\"cluster").append(empty ? " empty" : "").append("\" data-cluster=\"")
                    .append(escape(spot.cluster().getId())).append('"');
            if (spot.mainSector() != null) {
                svg.append(" data-sector=\"").append(escape(spot.mainSector())).append('"');
            }
            svg.append(" cx=\"").append(number(spot.x())).append("\" cy=\"").append(number(spot.y()))
                    .append("\" r=\"").append(number(spot.r())).append('"');
            svg.append(spot.mainSector() != null
                    ? " fill=\"" + colours.of(spot.mainSector()) + "\" stroke=\"#ffffff\" stroke-width=\"1\""
                    : " fill=\"#ffffff\" fill-opacity=\"0.6\" stroke=\"" + EMPTY_STROKE
                            + "\" stroke-width=\"1.2\" stroke-dasharray=\"3 2\"");
            svg.append("><title>").append(escape(clusterTitle(spot))).append("</title></circle>\n");
        }
        svg.append("</g>\n");
    }

    private String clusterTitle(Spot spot) {
        Cluster cluster = spot.cluster();
        ClusterPhaseUse last = spot.last();
        String name = cluster.getId() + " " + cluster.getName()
                + (cluster.getDistrict() == null ? "" : " (" + cluster.getDistrict() + ")");
        String sector = spot.mainSector() == null ? texts.get("html.map.nothingPlaced")
                : spot.mainSector() + " " + sectorName(spot.mainSector());
        return texts.get("html.map.clusterTitle", name, sector, last.phase().getId(),
                texts.decimal(Units.hectares(last.landUsed())), texts.decimal(Units.hectares(last.landCapacity())),
                texts.decimal(Units.megawatts(last.powerUsed())),
                texts.decimal(Units.megawatts(last.powerCapacity())), texts.number(last.projects()));
    }

    private String sectorName(String sectorId) {
        return plan.getSectors().stream().filter(sector -> sector.getId().equals(sectorId)).map(Sector::getName)
                .findFirst().orElse("");
    }

    /** Draws the hubs over the clusters and returns their marks' boxes, for the labels to avoid. */
    private List<Box> drawHubs() {
        List<Box> boxes = new ArrayList<>();
        svg.append("<g class=\"hubs\">\n");
        for (Hub hub : plan.getHubs()) {
            double x = projection.x(hub.getLon());
            double y = projection.y(hub.getLat());
            svg.append(HubMark.path(hub.getType(), x, y, "hub", " data-hub=\"" + escape(hub.getId()) + "\""))
                    .append("<title>").append(escape(hub.getId() + (hub.getName() == null ? "" : " " + hub.getName())
                            + " (" + texts.get("html.hub." + hub.getType().name()) + ")"))
                    .append("</title></path>\n");
            boxes.add(new Box(x - HubMark.SIZE, y - HubMark.SIZE, x + HubMark.SIZE, y + HubMark.SIZE));
        }
        svg.append("</g>\n");
        return boxes;
    }

    /**
     * Puts each cluster's id next to its circle, at the first of eight places around it that overlaps no circle, hub
     * or earlier label (or, failing that, the place that overlaps least), so that labels stay readable.
     */
    private void drawLabels(List<Spot> spots, List<Box> hubBoxes) {
        String prefix = ClusterLabels.commonPrefix(plan.getClusters());
        List<Box> taken = new ArrayList<>(hubBoxes);
        spots.forEach(spot -> taken.add(new Box(spot.x() - spot.r(), spot.y() - spot.r(), spot.x() + spot.r(),
                spot.y() + spot.r())));
        svg.append("<g class=\"labels\" font-size=\"11\" fill=\"").append(INK)
                .append("\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n");
        for (Spot spot : spots) {
            String label = ClusterLabels.shorten(spot.cluster().getId(), prefix);
            double width = label.codePointCount(0, label.length()) * LABEL_CHAR_WIDTH;
            LabelPlace best = null;
            double bestOverlap = Double.MAX_VALUE;
            for (LabelPlace place : LabelPlace.around(spot.x(), spot.y(), spot.r(), width)) {
                double overlap = place.box().outside(MAP_WIDTH, projection.height()) * 4;
                for (Box box : taken) {
                    overlap += place.box().overlap(box);
                }
                if (overlap < bestOverlap) {
                    best = place;
                    bestOverlap = overlap;
                }
                if (overlap == 0) {
                    break;
                }
            }
            taken.add(best.box());
            svg.append("<text x=\"").append(number(best.x())).append("\" y=\"").append(number(best.y()))
                    .append("\" text-anchor=\"").append(best.anchor()).append("\">").append(escape(label))
                    .append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private void drawScaleBar() {
        double pixelsPerKm = projection.scale() / KM_PER_DEGREE;
        double km = Ticks.niceFloor(MAP_WIDTH / 5 / pixelsPerKm);
        double length = km * pixelsPerKm;
        double x = 16;
        double y = projection.height() - 14;
        svg.append("<g class=\"scale-bar\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\">")
                .append("<path fill=\"none\" d=\"M").append(number(x)).append(' ').append(number(y - 5))
                .append(" V").append(number(y)).append(" H").append(number(x + length)).append(" V")
                .append(number(y - 5)).append("\"/>")
                .append("<text x=\"").append(number(x + length / 2)).append("\" y=\"").append(number(y - 7))
                .append("\" text-anchor=\"middle\" font-size=\"11\" stroke=\"none\" fill=\"").append(INK)
                .append("\">").append(escape(texts.get("html.map.km", texts.decimal(BigDecimal.valueOf(km)))))
                .append("</text></g>\n");
    }

    private void drawNorthArrow() {
        double x = MAP_WIDTH - 20;
        svg.append("<g class=\"north\" fill=\"").append(INK).append("\"><path d=\"M").append(number(x))
                .append(" 12 l6 16 h-12 Z\"/><text x=\"").append(number(x)).append("\" y=\"42\" font-size=\"12\""
                        + " text-anchor=\"middle\" font-weight=\"bold\">").append(escape(texts.get("html.map.north")))
                .append("</text></g>\n");
    }

    /** The legend, right of the map: main sectors, what the circles' areas mean, hub types, and labels. */
    private final class Legend {

        private static final double ROW = 18;

        private final List<String> mainSectors = new ArrayList<>();
        private final boolean anyEmpty;
        private final Set<HubType> hubTypes = EnumSet.noneOf(HubType.class);
        private final List<Long> sampleLands = new ArrayList<>();

        Legend(List<Spot> spots) {
            for (Sector sector : plan.getSectors()) {
                if (spots.stream().anyMatch(spot -> sector.getId().equals(spot.mainSector()))) {
                    mainSectors.add(sector.getId());
                }
            }
            anyEmpty = spots.stream().anyMatch(spot -> spot.mainSector() == null);
            plan.getHubs().forEach(hub -> hubTypes.add(hub.getType()));
            if (largestLand > 0) {
                long large = Math.max(1, (long) Ticks.niceFloor(largestLand));
                long small = (long) Ticks.niceFloor(large / 4.0);
                sampleLands.add(large);
                if (small >= 1) {
                    sampleLands.add(small);
                }
            }
        }

        double height() {
            return 14 + ROW * (1 + mainSectors.size() + (anyEmpty ? 1 : 0)) + 12
                    + ROW * wrap(areaText()).size() + (sampleLands.isEmpty() ? 0 : 2 * MAX_RADIUS + 22)
                    + ROW * wrap(texts.get("html.map.areaEmpty")).size() + 12
                    + (hubTypes.isEmpty() ? 0 : ROW * (1 + hubTypes.size()) + 12)
                    + ROW * wrap(labelsText()).size() + 8;
        }

        private String areaText() {
            return texts.get("html.map.area", plan.getLastPhase().getId());
        }

        private String labelsText() {
            String prefix = ClusterLabels.commonPrefix(plan.getClusters());
            return prefix.isEmpty() ? texts.get("html.map.labels") : texts.get("html.map.labelsWithout", prefix);
        }

        void draw() {
            double x = LEGEND_X;
            double y = 14;
            svg.append("<g class=\"legend\" font-size=\"11.5\" fill=\"").append(INK).append("\">\n");
            y = heading(texts.get("html.map.sectors"), y);
            for (String sector : mainSectors) {
                svg.append("<circle class=\"legend-sector\" data-sector=\"").append(escape(sector))
                        .append("\" cx=\"").append(number(x + 7)).append("\" cy=\"").append(number(y - 4))
                        .append("\" r=\"6\" fill=\"").append(colours.of(sector)).append("\"/>");
                text(x + 20, y, truncate(sector + " · " + sectorName(sector), LEGEND_CHARS - 4));
                y += ROW;
            }
            if (anyEmpty) {
                svg.append("<circle class=\"legend-sector\" cx=\"").append(number(x + 7)).append("\" cy=\"")
                        .append(number(y - 4)).append("\" r=\"6\" fill=\"#ffffff\" stroke=\"").append(EMPTY_STROKE)
                        .append("\" stroke-dasharray=\"3 2\"/>");
                text(x + 20, y, texts.get("html.map.nothingPlaced"));
                y += ROW;
            }
            y += 12;
            for (String line : wrap(areaText())) {
                text(x, y, line);
                y += ROW;
            }
            if (!sampleLands.isEmpty()) {
                double cx = x + MAX_RADIUS;
                double bottom = y - 8 + 2 * MAX_RADIUS;
                for (long land : sampleLands) {
                    double r = Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt((double) land / largestLand));
                    svg.append("<circle class=\"legend-size\" cx=\"").append(number(cx)).append("\" cy=\"")
                            .append(number(bottom - r)).append("\" r=\"").append(number(r))
                            .append("\" fill=\"none\" stroke=\"").append(INK).append("\"/>");
                    svg.append("<text x=\"").append(number(cx)).append("\" y=\"").append(number(bottom + 14))
                            .append("\" text-anchor=\"middle\">")
                            .append(escape(texts.get("html.map.haValue", texts.decimal(Units.hectares(land)))))
                            .append("</text>");
                    cx += 2 * MAX_RADIUS + 24;
                }
                svg.append('\n');
                y += 2 * MAX_RADIUS + 22;
            }
            for (String line : wrap(texts.get("html.map.areaEmpty"))) {
                text(x, y, line);
                y += ROW;
            }
            y += 12;
            if (!hubTypes.isEmpty()) {
                y = heading(texts.get("html.map.hubs"), y);
                for (HubType type : hubTypes) {
                    svg.append(HubMark.path(type, x + 7, y - 4, "legend-hub", "")).append("</path>");
                    text(x + 20, y, texts.get("html.hub." + type.name()));
                    y += ROW;
                }
                y += 12;
            }
            for (String line : wrap(labelsText())) {
                text(x, y, line);
                y += ROW;
            }
            svg.append("</g>\n");
        }

        private double heading(String text, double y) {
            svg.append("<text x=\"").append(number(LEGEND_X)).append("\" y=\"").append(number(y))
                    .append("\" font-weight=\"bold\">").append(escape(truncate(text, LEGEND_CHARS))).append("</text>\n");
            return y + ROW;
        }

        private void text(double x, double y, String text) {
            svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\">")
                    .append(escape(text)).append("</text>\n");
        }

        private static List<String> wrap(String text) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > LEGEND_CHARS) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            lines.add(line.toString());
            return lines;
        }

        private static String truncate(String text, int chars) {
            return text.codePointCount(0, text.length()) <= chars ? text
                    : text.substring(0, text.offsetByCodePoints(0, chars - 1)) + "…";
        }
    }

    /** Where the points go: an equirectangular projection fitted to the map area, north up. */
    private record Projection(double cosLat, double minX, double maxLat, double scale, double left, double top,
            double height) {

        static Projection of(AllocationPlan plan) {
            List<double[]> points = new ArrayList<>(); // {lat, lon}
            plan.getClusters().forEach(c -> points.add(new double[] {c.getLat().doubleValue(), c.getLon().doubleValue()}));
            plan.getHubs().forEach(h -> points.add(new double[] {h.getLat().doubleValue(), h.getLon().doubleValue()}));
            double meanLat = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
            // Longitudes shrink with the cosine of the latitude: at the province's mean latitude, a km is a km.
            double cosLat = StrictMath.cos(StrictMath.toRadians(meanLat));
            double minX = points.stream().mapToDouble(p -> p[1] * cosLat).min().orElse(0);
            double maxX = points.stream().mapToDouble(p -> p[1] * cosLat).max().orElse(0);
            double minLat = points.stream().mapToDouble(p -> p[0]).min().orElse(0);
            double maxLat = points.stream().mapToDouble(p -> p[0]).max().orElse(0);
            // A lone point, or points in a line, still get a sensible scale (about 1 km for 0.01 degrees).
            double scale = Math.min((MAP_WIDTH - 2 * MARGIN) / Math.max(maxX - minX, 0.01),
                    (MAX_MAP_HEIGHT - 2 * MARGIN) / Math.max(maxLat - minLat, 0.01));
            double height = Math.max(MIN_MAP_HEIGHT, (maxLat - minLat) * scale + 2 * MARGIN);
            return new Projection(cosLat, minX, maxLat, scale, (MAP_WIDTH - (maxX - minX) * scale) / 2,
                    (height - (maxLat - minLat) * scale) / 2, height);
        }

        double x(BigDecimal lon) {
            return left + (lon.doubleValue() * cosLat - minX) * scale;
        }

        double y(BigDecimal lat) {
            return top + (maxLat - lat.doubleValue()) * scale;
        }
    }

    /** A rectangle on the map. */
    private record Box(double x1, double y1, double x2, double y2) {

        double overlap(Box other) {
            double width = Math.min(x2, other.x2) - Math.max(x1, other.x1);
            double height = Math.min(y2, other.y2) - Math.max(y1, other.y1);
            return width > 0 && height > 0 ? width * height : 0;
        }

        /** The area outside a map of the given size. */
        double outside(double width, double height) {
            return (x2 - x1) * (y2 - y1) - overlap(new Box(0, 0, width, height));
        }
    }

    /** A candidate place for a label: its anchor point, its alignment and the box it covers. */
    private record LabelPlace(double x, double y, String anchor, Box box) {

        static List<LabelPlace> around(double cx, double cy, double r, double width) {
            double gap = 2;
            double d = r * 0.72 + gap; // to a diagonal place
            return List.of(
                    place(cx + r + gap, cy + 4, "start", width),
                    place(cx - r - gap, cy + 4, "end", width),
                    place(cx, cy - r - gap - 1, "middle", width),
                    place(cx, cy + r + gap + LABEL_HEIGHT - 1, "middle", width),
                    place(cx + d, cy - d, "start", width),
                    place(cx + d, cy + d + LABEL_HEIGHT - 3, "start", width),
                    place(cx - d, cy - d, "end", width),
                    place(cx - d, cy + d + LABEL_HEIGHT - 3, "end", width));
        }

        private static LabelPlace place(double x, double baseline, String anchor, double width) {
            double left = switch (anchor) {
                case "start" -> x;
                case "end" -> x - width;
                default -> x - width / 2;
            };
            return new LabelPlace(x, baseline, anchor, new Box(left, baseline - LABEL_HEIGHT + 2, left + width,
                    baseline + 2));
        }
    }

    /** Cluster ids as labels, without the prefix they all share ("CCN-07" shows as "07"): a clearer map. */
    private static final class ClusterLabels {

        /** The ids' common prefix up to and including its last separator (such as "CCN-"), or "" when none. */
        static String commonPrefix(List<Cluster> clusters) {
            if (clusters.size() < 2) {
                return "";
            }
            String prefix = clusters.get(0).getId();
            for (Cluster cluster : clusters) {
                int length = 0;
                while (length < prefix.length() && length < cluster.getId().length()
                        && prefix.charAt(length) == cluster.getId().charAt(length)) {
                    length++;
                }
                prefix = prefix.substring(0, length);
            }
            // Only up to a separator: "CCN-1" and "CCN-12" keep their numbers whole.
            int cut = prefix.length();
            while (cut > 0 && Character.isLetterOrDigit(prefix.charAt(cut - 1))) {
                cut--;
            }
            String shared = prefix.substring(0, cut);
            boolean leavesEveryIdSomething = clusters.stream().allMatch(c -> c.getId().length() > shared.length());
            return leavesEveryIdSomething ? shared : "";
        }

        static String shorten(String id, String prefix) {
            return id.substring(prefix.length());
        }
    }
}
