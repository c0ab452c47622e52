package org.goalbook.bench;

import java.util.Arrays;

import javafx.animation.AnimationTimer;

/**
 * Records the gaps between consecutive frames on the JavaFX application thread: an {@link AnimationTimer} runs
 * on every pulse, so a gap far above 16.7 ms is time the thread spent on something else (a stall). FX thread only.
 * While it runs, JavaFX pulses at 60 Hz even when nothing changes on screen.
 */
final class FrameGaps {
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
                }
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

    /** The gaps recorded between start and stop, in ms, sorted. */
    double[] sortedMs() {
        return Arrays.stream(gaps, 0, count).sorted().mapToDouble(n -> n / 1e6).toArray();
    }
}
