package org.goalbook.bench;

import java.util.Arrays;

/**
 * Time of one operation over several measured runs: wall-clock median and minimum, and the median CPU time of the
 * measuring thread. The median is the figure to quote on a machine whose cores are shared; the minimum shows the
 * noise, and CPU time leaves out the waits for a free core (but also the collector's threads).
 */
record Timing(double medianMs, double minMs, double cpuMedianMs) {

    static Timing of(long[] wallNanos, long[] cpuNanos) {
        long[] wall = wallNanos.clone();
        Arrays.sort(wall);
        return new Timing(median(wallNanos) / 1e6, wall[0] / 1e6, median(cpuNanos) / 1e6);
    }

    static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
    }

    /** "12.3 (11.9)": median, with the minimum in parentheses. */
    String cell() {
        return ms(medianMs) + " (" + ms(minMs) + ")";
    }

    static String ms(double ms) {
        return ms < 10 ? String.format("%.3f", ms) : ms < 100 ? String.format("%.1f", ms) : String.format("%.0f", ms);
    }
}
