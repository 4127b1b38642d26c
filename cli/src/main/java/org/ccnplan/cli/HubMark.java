package org.ccnplan.cli;

import static org.ccnplan.cli.HtmlText.number;

import org.ccnplan.domain.HubType;

/** A hub's mark on the map: a shape per hub type, dark with a white halo so that it shows on any cluster's colour. */
final class HubMark {

    /** Half the width of a mark, in SVG units. */
    static final double SIZE = 6;

    private HubMark() {
    }

    /**
     * The opening tag of the mark's {@code <path>} centred on (x, y), with the given class and extra attributes; the
     * caller adds a title if it likes and closes it.
     */
    static String path(HubType type, double x, double y, String cssClass, String attributes) {
        boolean hollow = type == HubType.DRY_PORT || type == HubType.BORDER_GATE;
        return "<path class=\"" + cssClass + "\" data-type=\"" + type.name() + "\"" + attributes + " d=\""
                + shape(type, x, y) + "\"" + (hollow ? " fill=\"#ffffff\" stroke=\"#222222\" stroke-width=\"1.6\""
                        : " fill=\"#222222\" stroke=\"#ffffff\" stroke-width=\"1.2\"")
                + ">";
    }

    private static String shape(HubType type, double x, double y) {
        double s = SIZE;
        return switch (type) {
            case SEAPORT, DRY_PORT -> polygon(x, y, -0.85 * s, -0.85 * s, 0.85 * s, -0.85 * s, 0.85 * s, 0.85 * s,
                    -0.85 * s, 0.85 * s);
            case RAIL -> polygon(x, y, 0, -1.1 * s, s, 0.8 * s, -s, 0.8 * s);
            case BORDER_GATE -> polygon(x, y, -s, -0.8 * s, s, -0.8 * s, 0, 1.1 * s);
            case EXPRESSWAY -> polygon(x, y, 0, -1.25 * s, 1.25 * s, 0, 0, 1.25 * s, -1.25 * s, 0);
            case AIRPORT -> {
                double a = 0.35 * s;
                yield polygon(x, y, -a, -s, a, -s, a, -a, s, -a, s, a, a, a, a, s, -a, s, -a, a, -s, a, -s, -a,
                        -a, -a);
            }
            case RAW_MATERIAL_AREA -> star(x, y, 1.2 * s, 0.5 * s);
        };
    }

    /** A closed path through the given offsets from (x, y). */
    private static String polygon(double x, double y, double... offsets) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < offsets.length; i += 2) {
            d.append(i == 0 ? "M" : " L").append(number(x + offsets[i])).append(' ').append(number(y + offsets[i + 1]));
        }
        return d.append(" Z").toString();
    }

    private static String star(double x, double y, double outer, double inner) {
        double[] offsets = new double[20];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double angle = StrictMath.PI * i / 5 - StrictMath.PI / 2;
            offsets[2 * i] = radius * StrictMath.cos(angle);
            offsets[2 * i + 1] = radius * StrictMath.sin(angle);
        }
        return polygon(x, y, offsets);
    }
}
