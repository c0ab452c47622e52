package org.goalbook.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Wall-clock time of one operation: the median and the fastest of several measured runs after warm-up runs.
 * The median is the figure to quote on a machine whose cores are shared; the minimum shows the noise.
 */
record Timing(double medianMs, double minMs, int runs) {
    /** Results land here so that the JIT cannot drop the work that made them. */
    private static volatile Object sink;

    static Timing of(int warmups, int runs, Supplier<?> work) {
        for (int i = 0; i < warmups; i++) {
            sink = work.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Object result = work.get();
            nanos[i] = System.nanoTime() - start;
            sink = result;
        }
        sink = null;
        Arrays.sort(nanos);
        double median = runs % 2 == 1 ? nanos[runs / 2] : (nanos[runs / 2 - 1] + nanos[runs / 2]) / 2.0;
        return new Timing(median / 1e6, nanos[0] / 1e6, runs);
    }

    /** "12.3 (11.9)": median, with the minimum in parentheses. */
    String cell() {
        return ms(medianMs) + " (" + ms(minMs) + ")";
    }

    static String ms(double ms) {
        return ms < 10 ? String.format("%.3f", ms) : ms < 100 ? String.format("%.1f", ms) : String.format("%.0f", ms);
    }
}
