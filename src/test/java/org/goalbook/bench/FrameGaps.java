package org.goalbook.bench;

import java.util.Arrays;

import javafx.animation.AnimationTimer;

/**
 * Records the gaps between consecutive frames on the JavaFX application thread: an {@link AnimationTimer} runs
 * on every pulse, so a gap far above 16.7 ms is time the thread spent on something else (a stall). Start and stop
 * on the FX thread. While it runs, JavaFX pulses at 60 Hz even when nothing changes on screen.
 */
final class FrameGaps {
    private long[] ends = new long[4096];
    private long[] gaps = new long[4096];
    private int count;
    private long last;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long pulse) {
            long now = System.nanoTime();
            if (last != 0) {
                if (count == gaps.length) {
                    gaps = Arrays.copyOf(gaps, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count] = now;
                gaps[count++] = now - last;
            }
            last = now;
        }
    };

    void start() {
        count = 0;
        last = 0;
        timer.start();
    }

    void stop() {
        timer.stop();
    }

    /**
     * The gaps that ended at or after {@code fromNanos} ({@link System#nanoTime}), in ms, sorted. A stall that began
     * before then but ended after it counts whole: the timer runs from before the first keystroke, so a thread
     * that is already busy cannot hide its stalls by starting the count late.
     */
    double[] sortedMs(long fromNanos) {
        return java.util.stream.IntStream.range(0, count).filter(i -> ends[i] >= fromNanos)
                .mapToDouble(i -> gaps[i] / 1e6).sorted().toArray();
    }
}
