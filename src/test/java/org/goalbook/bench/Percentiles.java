package org.goalbook.bench;

/** Nearest-rank percentiles of sorted values. */
final class Percentiles {
    private Percentiles() {
    }

    /** The smallest value that at least {@code p} percent of the values are at or below. */
    static double of(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double max(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }
}
