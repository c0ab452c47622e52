package org.goalbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs several operations in rounds, each round running every operation once, so that a burst of load from the
 * other processes on the shared cores falls on all of them alike; ratios are taken within a round.
 */
final class Rounds {
    /** Results land here so that the JIT cannot drop the work that made them. */
    private static volatile Object sink;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<String> names;
    private final long[][] wall;
    private final long[][] cpu;

    private Rounds(List<String> names, int runs) {
        this.names = names;
        wall = new long[names.size()][runs];
        cpu = new long[names.size()][runs];
    }

    static Rounds run(int warmups, int runs, Map<String, Supplier<?>> operations) {
        List<String> names = List.copyOf(operations.keySet());
        List<Supplier<?>> work = names.stream().<Supplier<?>>map(operations::get).toList();
        Rounds rounds = new Rounds(names, runs);
        for (int r = 0; r < warmups; r++) {
            work.forEach(w -> sink = w.get());
        }
        for (int r = 0; r < runs; r++) {
            for (int op = 0; op < work.size(); op++) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                Object result = work.get(op).get();
                rounds.wall[op][r] = System.nanoTime() - start;
                rounds.cpu[op][r] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                sink = result;
            }
        }
        sink = null;
        return rounds;
    }

    Map<String, Timing> timings() {
        Map<String, Timing> out = new LinkedHashMap<>();
        for (int op = 0; op < names.size(); op++) {
            out.put(names.get(op), Timing.of(wall[op], cpu[op]));
        }
        return out;
    }

    /** The median over rounds of a's wall time divided by b's in the same round. */
    double medianRatio(String a, String b) {
        long[] x = wall[names.indexOf(a)];
        long[] y = wall[names.indexOf(b)];
        long[] permille = new long[x.length];
        for (int r = 0; r < x.length; r++) {
            permille[r] = Math.round(1000.0 * x[r] / y[r]);
        }
        return Timing.median(permille) / 1000.0;
    }
}
