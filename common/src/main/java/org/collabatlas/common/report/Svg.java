package org.collabatlas.common.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's charts as standalone inline SVG (no scripts, no external fonts: the generic {@code sans-serif}
 * family), drawn from data with fixed sizes, so the same data gives byte-identical charts.
 */
public final class Svg {
    static final int W = 760;
    static final int H = 520;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    /** Colour-blind-safe palette (Okabe-Ito), then greys. */
    static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442",
        "#000000", "#999999", "#666666"};
    /** Line colours: the palette without its yellow and light grey, which are hard to read as text on white. */
    static final String[] LINE_PALETTE = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9",
        "#000000", "#666666"};

    private Svg() {
    }

    /** A scatter point; {@code yLow}/{@code yHigh} NaN when there is no interval; {@code label} null = unlabelled. */
    public record Point(String label, double x, double y, double yLow, double yHigh, String colour, String title) {
    }

    /** A line series: values by x position (NaN = missing). */
    public record Series(String label, double[] values, String colour) {
    }

    /** A network vertex: position in [0,1]^2, radius in pixels. */
    public record Node(String label, double x, double y, double radius, String colour, String title) {
    }

    /** A network edge between node indexes, stroke width in pixels. */
    public record Link(int a, int b, double width, String title) {
    }

    /** A legend entry. */
    public record Key(String label, String colour) {
    }

    private static String open(String title) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + W + " " + H + "\" width=\"" + W
                + "\" height=\"" + H + "\" role=\"img\" aria-label=\"" + Html.escape(title) + "\" "
                + "style=\"max-width:100%;height:auto\" font-family=\"sans-serif\" font-size=\"11\">"
                + "<title>" + Html.escape(title) + "</title>"
                + "<rect x=\"0\" y=\"0\" width=\"" + W + "\" height=\"" + H + "\" fill=\"#ffffff\"/>";
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * Papers (log x axis) against a centrality (linear y axis), with dashed quadrant lines at {@code xLine},
     * {@code yLine} (NaN = none), vertical confidence bars where a point has them, and labels.
     */
    public static String scatter(String title, String xTitle, String yTitle, List<Point> points, double xLine,
                                 double yLine, List<Key> legend) {
        StringBuilder sb = new StringBuilder(open(title));
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMax = 0;
        for (Point p : points) {
            if (p.x() > 0) {
                xMin = Math.min(xMin, p.x());
                xMax = Math.max(xMax, p.x());
            }
            yMax = Math.max(yMax, Double.isNaN(p.yHigh()) ? p.y() : Math.max(p.y(), p.yHigh()));
        }
        if (!Double.isNaN(xLine) && xLine > 0) {
            xMin = Math.min(xMin, xLine);
            xMax = Math.max(xMax, xLine);
        }
        if (!Double.isNaN(yLine)) {
            yMax = Math.max(yMax, yLine);
        }
        if (xMin == Double.POSITIVE_INFINITY) {
            xMin = 1;
            xMax = 10;
        }
        double lx0 = Math.floor(Math.log10(xMin));
        double lx1 = Math.ceil(Math.log10(xMax));
        if (lx1 <= lx0) {
            lx1 = lx0 + 1;
        }
        double[] yTicks = niceTicks(0, yMax <= 0 ? 1 : yMax);
        double y1 = yTicks[yTicks.length - 1];
        final double a0 = lx0;
        final double a1 = lx1;
        Axis xs = v -> LEFT + (Math.log10(Math.max(v, Math.pow(10, a0))) - a0) / (a1 - a0) * (W - LEFT - RIGHT);
        Axis ys = v -> H - BOTTOM - v / y1 * (H - TOP - BOTTOM);
        frame(sb, xTitle, yTitle, RIGHT);
        for (int e = (int) lx0; e <= (int) lx1; e++) {
            double v = Math.pow(10, e);
            double x = xs.at(v);
            sb.append(line(x, TOP, x, H - BOTTOM, "#e5e5e5", 1, null));
            sb.append(text(x, H - BOTTOM + 16, "middle", "#333", powerLabel(e)));
            if (e < (int) lx1) {
                for (int m = 2; m <= 9; m++) {
                    double xm = xs.at(m * v);
                    sb.append(line(xm, H - BOTTOM, xm, H - BOTTOM + 4, "#999", 1, null));
                }
            }
        }
        for (double t : yTicks) {
            double y = ys.at(t);
            sb.append(line(LEFT, y, W - RIGHT, y, "#e5e5e5", 1, null));
            sb.append(text(LEFT - 6, y + 4, "end", "#333", trim(t)));
        }
        if (!Double.isNaN(xLine) && xLine > 0) {
            sb.append(line(xs.at(xLine), TOP, xs.at(xLine), H - BOTTOM, "#555", 1.2, "5,4"));
        }
        if (!Double.isNaN(yLine)) {
            sb.append(line(LEFT, ys.at(yLine), W - RIGHT, ys.at(yLine), "#555", 1.2, "5,4"));
        }
        for (Point p : points) {
            if (p.x() <= 0 || Double.isNaN(p.yLow())) {
                continue;
            }
            double x = xs.at(p.x());
            sb.append(line(x, ys.at(p.yLow()), x, ys.at(p.yHigh()), p.colour(), 1.2, null));
            sb.append(line(x - 3, ys.at(p.yLow()), x + 3, ys.at(p.yLow()), p.colour(), 1.2, null));
            sb.append(line(x - 3, ys.at(p.yHigh()), x + 3, ys.at(p.yHigh()), p.colour(), 1.2, null));
        }
        Labels placed = new Labels();
        StringBuilder labels = new StringBuilder();
        for (Point p : points) {
            if (p.x() <= 0) {
                continue;
            }
            double x = xs.at(p.x());
            double y = ys.at(p.y());
            sb.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"")
                    .append(p.label() == null ? "2.5" : "4").append("\" fill=\"").append(p.colour())
                    .append("\" fill-opacity=\"0.85\" stroke=\"#fff\" stroke-width=\"0.5\"><title>")
                    .append(Html.escape(p.title())).append("</title></circle>");
            if (p.label() != null) {
                labels.append(text(x + 6, placed.place(x + 6, y - 5, p.label(), "start"), "start", "#111",
                        p.label()));
            }
        }
        sb.append(labels);
        legend(sb, legend);
        return sb.append("</svg>").toString();
    }

    /** Lines over categorical x positions (e.g. years), with a label at each line's last point. */
    public static String lines(String title, String yTitle, List<String> xLabels, List<Series> series) {
        StringBuilder sb = new StringBuilder(open(title));
        double yMax = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                if (!Double.isNaN(v)) {
                    yMax = Math.max(yMax, v);
                }
            }
        }
        double[] yTicks = niceTicks(0, yMax <= 0 ? 1 : yMax);
        double y1 = yTicks[yTicks.length - 1];
        int right = RIGHT + 50;
        int n = Math.max(1, xLabels.size());
        Axis xs = i -> LEFT + (n == 1 ? 0.5 : i / (n - 1.0)) * (W - LEFT - right);
        Axis ys = v -> H - BOTTOM - v / y1 * (H - TOP - BOTTOM);
        frame(sb, "year", yTitle, right);
        for (double t : yTicks) {
            double y = ys.at(t);
            sb.append(line(LEFT, y, W - right, y, "#e5e5e5", 1, null));
            sb.append(text(LEFT - 6, y + 4, "end", "#333", trim(t)));
        }
        for (int i = 0; i < xLabels.size(); i++) {
            sb.append(text(xs.at(i), H - BOTTOM + 16, "middle", "#333", xLabels.get(i)));
        }
        List<Object[]> ends = new ArrayList<>();
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            int last = -1;
            for (int i = 0; i < s.values().length; i++) {
                double v = s.values()[i];
                if (Double.isNaN(v)) {
                    continue;
                }
                path.append(path.length() == 0 || last != i - 1 ? "M" : "L").append(num(xs.at(i))).append(',')
                        .append(num(ys.at(v))).append(' ');
                last = i;
            }
            if (last < 0) {
                continue;
            }
            sb.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"")
                    .append(s.colour()).append("\" stroke-width=\"1.8\"><title>").append(Html.escape(s.label()))
                    .append("</title></path>");
            for (int i = 0; i < s.values().length; i++) {
                if (!Double.isNaN(s.values()[i])) {
                    sb.append("<circle cx=\"").append(num(xs.at(i))).append("\" cy=\"").append(num(ys.at(s.values()[i])))
                            .append("\" r=\"2.5\" fill=\"").append(s.colour()).append("\"/>");
                }
            }
            ends.add(new Object[] {xs.at(last) + 6, ys.at(s.values()[last]) + 4, s});
        }
        Labels placed = new Labels();
        for (Object[] e : ends) {
            Series s = (Series) e[2];
            double x = (Double) e[0];
            sb.append(text(x, placed.place(x, (Double) e[1], s.label(), "start"), "start", s.colour(), s.label()));
        }
        return sb.append("</svg>").toString();
    }

    /** A network drawing: nodes at given positions in the unit square, edges as lines of given widths. */
    public static String network(String title, List<Node> nodes, List<Link> links, List<Key> legend) {
        StringBuilder sb = new StringBuilder(open(title));
        double pad = 40;
        Axis xs = v -> pad + v * (W - 2 * pad);
        Axis ys = v -> pad + 10 + v * (H - 2 * pad - 20);
        for (Link l : links) {
            Node a = nodes.get(l.a());
            Node b = nodes.get(l.b());
            sb.append("<line x1=\"").append(num(xs.at(a.x()))).append("\" y1=\"").append(num(ys.at(a.y())))
                    .append("\" x2=\"").append(num(xs.at(b.x()))).append("\" y2=\"").append(num(ys.at(b.y())))
                    .append("\" stroke=\"#7f8c9a\" stroke-opacity=\"0.45\" stroke-width=\"")
                    .append(String.format(Locale.ROOT, "%.2f", l.width())).append("\"><title>")
                    .append(Html.escape(l.title())).append("</title></line>");
        }
        for (Node n : nodes) {
            double x = xs.at(n.x());
            double y = ys.at(n.y());
            sb.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"")
                    .append(num(n.radius())).append("\" fill=\"").append(n.colour())
                    .append("\" fill-opacity=\"0.9\" stroke=\"#fff\" stroke-width=\"1\"><title>")
                    .append(Html.escape(n.title())).append("</title></circle>");
            sb.append(text(x, y - n.radius() - 3, "middle", "#111", n.label()));
        }
        legend(sb, legend);
        return sb.append("</svg>").toString();
    }

    private interface Axis {
        double at(double v);
    }

    private static void frame(StringBuilder sb, String xTitle, String yTitle, int right) {
        sb.append(line(LEFT, H - BOTTOM, W - right, H - BOTTOM, "#333", 1, null));
        sb.append(line(LEFT, TOP, LEFT, H - BOTTOM, "#333", 1, null));
        sb.append(text((LEFT + W - right) / 2.0, H - 18, "middle", "#111", xTitle));
        sb.append("<text x=\"16\" y=\"").append(num((TOP + H - BOTTOM) / 2.0))
                .append("\" text-anchor=\"middle\" fill=\"#111\" transform=\"rotate(-90 16 ")
                .append(num((TOP + H - BOTTOM) / 2.0)).append(")\">").append(Html.escape(yTitle)).append("</text>");
    }

    /** The legend, in one row along the top edge (above the plot area). */
    private static void legend(StringBuilder sb, List<Key> legend) {
        double x = LEFT;
        double y = 8;
        for (Key k : legend) {
            sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"10\" "
                    + "height=\"10\" fill=\"").append(k.colour()).append("\"/>");
            sb.append(text(x + 14, y + 9, "start", "#111", k.label()));
            x += 24 + 6.2 * k.label().length();
        }
    }

    /**
     * Greedy label placement: a label goes at its preferred position, else the nearest of a few positions above
     * and below that does not overlap a label already placed (boxes estimated at 6.2 px per character, 11 px
     * high); when none is free it stays where it was asked.
     */
    static final class Labels {
        private final List<double[]> boxes = new ArrayList<>();

        double place(double x, double y, String s, String anchor) {
            double w = 6.2 * s.length();
            double x0 = anchor.equals("middle") ? x - w / 2 : anchor.equals("end") ? x - w : x;
            for (double dy : new double[] {0, -11, 11, -22, 22, -33, 33}) {
                double[] b = {x0, y + dy - 10, x0 + w, y + dy + 1};
                boolean free = true;
                for (double[] o : boxes) {
                    if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) {
                        free = false;
                        break;
                    }
                }
                if (free) {
                    boxes.add(b);
                    return y + dy;
                }
            }
            boxes.add(new double[] {x0, y - 10, x0 + w, y + 1});
            return y;
        }
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, double width,
                               String dash) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + width + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(double x, double y, String anchor, String colour, String s) {
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + colour
                + "\">" + Html.escape(s) + "</text>";
    }

    private static String powerLabel(int e) {
        if (e >= 0 && e <= 6) {
            return String.format(Locale.ROOT, "%,d", (long) Math.pow(10, e));
        }
        return "1e" + e;
    }

    /** Ticks from lo to at least hi at a step of 1, 2 or 5 x 10^k, about five of them. */
    static double[] niceTicks(double lo, double hi) {
        double raw = (hi - lo) / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag <= 1 ? mag : raw / mag <= 2 ? 2 * mag : raw / mag <= 5 ? 5 * mag : 10 * mag;
        List<Double> t = new ArrayList<>();
        for (int i = 0; lo + (i - 1) * step < hi - 1e-12 * step; i++) {
            t.add(lo + i * step);
        }
        return t.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
