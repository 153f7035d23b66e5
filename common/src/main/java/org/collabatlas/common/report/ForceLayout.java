package org.collabatlas.common.report;

import java.util.List;

/**
 * A deterministic force-directed layout (Fruchterman and Reingold 1991, "Graph drawing by force-directed
 * placement"): vertices start on a circle in the given order, repel each other with force k^2/d and attract along
 * edges with force w d^2/k (w = edge weight / mean weight, capped at 4), for a fixed number of iterations with a
 * linearly cooling step. No randomness, so the same graph in the same order gives the same picture. Positions are
 * scaled into the unit square.
 */
public final class ForceLayout {
    private ForceLayout() {
    }

    /** Positions {@code [i][0..1]} of {@code n} vertices joined by {@code edges} (index pairs with weights). */
    public static double[][] layout(int n, List<int[]> edges, double[] weights, int iterations) {
        double[][] p = new double[n][2];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / Math.max(1, n);
            p[i][0] = Math.cos(a);
            p[i][1] = Math.sin(a);
        }
        if (n <= 1) {
            return scale(p);
        }
        double mean = 0;
        for (double w : weights) {
            mean += w;
        }
        mean = weights.length == 0 ? 1 : mean / weights.length;
        double k = Math.sqrt(4.0 / n);
        double t = 0.2;
        double[][] d = new double[n][2];
        for (int it = 0; it < iterations; it++) {
            for (double[] row : d) {
                row[0] = 0;
                row[1] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = p[i][0] - p[j][0];
                    double dy = p[i][1] - p[j][1];
                    double dist = Math.max(1e-6, Math.hypot(dx, dy));
                    double f = k * k / dist;
                    d[i][0] += dx / dist * f;
                    d[i][1] += dy / dist * f;
                    d[j][0] -= dx / dist * f;
                    d[j][1] -= dy / dist * f;
                }
                // a weak pull to the centre keeps disconnected parts on the page
                d[i][0] -= 0.05 * p[i][0] * k;
                d[i][1] -= 0.05 * p[i][1] * k;
            }
            for (int e = 0; e < edges.size(); e++) {
                int a = edges.get(e)[0];
                int b = edges.get(e)[1];
                double dx = p[a][0] - p[b][0];
                double dy = p[a][1] - p[b][1];
                double dist = Math.max(1e-6, Math.hypot(dx, dy));
                double w = Math.min(4.0, weights[e] / mean);
                double f = w * dist * dist / k;
                d[a][0] -= dx / dist * f;
                d[a][1] -= dy / dist * f;
                d[b][0] += dx / dist * f;
                d[b][1] += dy / dist * f;
            }
            for (int i = 0; i < n; i++) {
                double len = Math.max(1e-9, Math.hypot(d[i][0], d[i][1]));
                double step = Math.min(len, t);
                p[i][0] += d[i][0] / len * step;
                p[i][1] += d[i][1] / len * step;
            }
            t = Math.max(0.002, t * (1 - 1.0 / iterations) - 0.2 / iterations);
        }
        return scale(p);
    }

    private static double[][] scale(double[][] p) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (double[] q : p) {
            x0 = Math.min(x0, q[0]);
            x1 = Math.max(x1, q[0]);
            y0 = Math.min(y0, q[1]);
            y1 = Math.max(y1, q[1]);
        }
        double[][] out = new double[p.length][2];
        for (int i = 0; i < p.length; i++) {
            out[i][0] = x1 > x0 ? (p[i][0] - x0) / (x1 - x0) : 0.5;
            out[i][1] = y1 > y0 ? (p[i][1] - y0) / (y1 - y0) : 0.5;
        }
        return out;
    }
}
