package org.goalbook.review;

/**
 * The outlines of a radar's blips, the way radar readers know them: a star for new, a triangle pointing up for
 * moved in and down for moved out (Zalando's radar), a circle for unchanged. Every shape stays within radius r.
 */
public final class BlipShapes {
    private BlipShapes() {
    }

    /** A five-pointed star inside radius r around (x, y), point up: {x0, y0, x1, y1, …}. */
    public static double[] star(double x, double y, double r) {
        double[] points = new double[20];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.5;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            points[2 * i] = x + radius * Math.cos(angle);
            points[2 * i + 1] = y + radius * Math.sin(angle);
        }
        return points;
    }

    /** A triangle inside radius r around (x, y), pointing up (moved in) or down (moved out). */
    public static double[] triangle(double x, double y, double r, boolean up) {
        double s = up ? 1 : -1;
        double half = r * Math.sqrt(3) / 2;
        return new double[] {x, y - s * r, x + half, y + s * r / 2, x - half, y + s * r / 2};
    }
}
