package org.goalbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.store.NotebookStore;
import org.goalbook.ui.MainWindow;
import org.goalbook.ui.MemoryPreferences;
import org.goalbook.ui.SameThreadWork;
import org.goalbook.ui.Settings;
import org.goalbook.ui.tree.TreeFilter;
import org.goalbook.ui.tree.TreeShape;

/**
 * Times the goal tree on a large notebook (10 years, 55,000 items by default): shaping the outline into tree lines,
 * and, in the real window on a real notebook file, a tick with Space until the next frame has laid the row out again;
 * with the heap after the first tick and after 100. Uses only what the window offered before and after it learned
 * to update single rows, so the same source runs against both. Not a test; runs headless on Monocle:
 * <pre>
 * mvn -q -o test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx2g -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp %classpath \
 *   org.goalbook.bench.TreeBenchmark [items per topic, default 275]"
 * </pre>
 */
public final class TreeBenchmark {
    private static final int RUNS = 15;
    private static final int TICKS = 100;

    private TreeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perTopic = args.length > 0 ? Integer.parseInt(args[0]) : 275;
        Outline outline = BenchNotebook.build(perTopic).outline();
        long items = outline.preorder().stream().filter(n -> n.kind().isTickable()).count();
        System.out.println("JVM " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores; notebook of " + outline.size() + " nodes, "
                + items + " goals and items");

        Set<Long> matches = new HashSet<>();
        outline.preorder().stream().filter(n -> n.kind() == NodeKind.ITEM).limit(100).forEach(n -> matches.add(n.id()));
        report("shape, no filter", () -> TreeShape.build(outline, TreeFilter.NONE));
        report("shape, 100 search matches", () -> TreeShape.build(outline, TreeFilter.NONE.withMatches(matches)));

        Path dir = Files.createTempDirectory("goalbook-tree-bench");
        Path file = dir.resolve("bench.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(BenchNotebook.build(perTopic));
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();

        long t0 = System.nanoTime();
        MainWindow window = FxCall.get(() -> {
            MainWindow w = new MainWindow(new Stage(), new Settings(new MemoryPreferences()), new NoFileDialogs(),
                    new SameThreadWork(), Clock.systemUTC(), url -> { });
            w.open(file);
            w.show();
            return w;
        });
        nextFrame(window.scene(), () -> { });
        double startup = (System.nanoTime() - t0) / 1e6;
        System.out.printf("%-42s %7.0f ms (open, show, first frame laid out)%n", "window start-up", startup);

        Node item = outline.preorder().stream().filter(n -> n.kind() == NodeKind.ITEM).skip(5).findFirst()
                .orElseThrow();
        FxCall.get(() -> {
            window.tree().select(item.id());
            window.tree().view().requestFocus();
            return null;
        });
        nextFrame(window.scene(), () -> { });
        double[] ms = new double[TICKS];
        double[] cpu = new double[TICKS];
        long heapFirst = 0;
        for (int i = 0; i < TICKS; i++) {
            double[] step = step(window.scene(), () -> window.tree().view().fireEvent(new KeyEvent(
                    KeyEvent.KEY_PRESSED, " ", " ", KeyCode.SPACE, false, false, false, false)));
            ms[i] = step[0];
            cpu[i] = step[1];
            boolean done = FxCall.get(() -> window.session().outline().get(item.id()).done());
            if (done != (i % 2 == 0)) {
                throw new IllegalStateException("tick " + i + " did not reach the store");
            }
            if (i == 0) {
                heapFirst = HeapFootprint.usedAfterGc();
                hold("after tick 1");
            }
        }
        long heapLast = HeapFootprint.usedAfterGc();
        hold("after tick " + TICKS);
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%-42s median %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", "tick (Space) → row laid out",
                Percentiles.of(sorted, 50), Percentiles.of(sorted, 95), Percentiles.max(sorted));
        int slowest = 0;
        for (int i = 1; i < TICKS; i++) {
            slowest = ms[i] > ms[slowest] ? i : slowest;
        }
        System.out.printf("%-42s tick %d of %d: %.1f ms, FX thread CPU %.1f ms (the first tick: %.1f ms, CPU %.1f ms)%n",
                "  the slowest", slowest + 1, TICKS, ms[slowest], cpu[slowest], ms[0], cpu[0]);
        Arrays.sort(cpu);
        System.out.printf("%-42s median %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", "  the same, FX thread CPU",
                Percentiles.of(cpu, 50), Percentiles.of(cpu, 95), Percentiles.max(cpu));
        System.out.printf("%-42s after 1: %s   after %d: %s   (%+.1f%%)%n", "heap after full GC",
                HeapFootprint.size(heapFirst), TICKS, HeapFootprint.size(heapLast),
                100.0 * (heapLast - heapFirst) / heapFirst);
        FxCall.get(() -> {
            window.shutdown();
            return null;
        });
        Platform.exit();
    }

    /** With -Dbench.hold=true: time to look at the heap with {@code jcmd PID GC.class_histogram}. */
    private static void hold(String when) throws InterruptedException {
        if (Boolean.getBoolean("bench.hold")) {
            System.out.println("holding for 30 s " + when);
            Thread.sleep(30_000);
        }
    }

    /**
     * Runs {@code work} on the FX thread and waits for the next pulse's layout pass: the milliseconds from the start
     * of the work to the moment the frame that shows its result is laid out.
     */
    static double nextFrame(Scene scene, Runnable work) throws Exception {
        CompletableFuture<Double> laidOut = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            work.run();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                laidOut.complete((System.nanoTime() - t0) / 1e6);
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        return laidOut.get(120, TimeUnit.SECONDS);
    }

    /**
     * Like {@link TreeBenchmark#nextFrame}, and also the FX thread's CPU time until the frame is laid out (steadier
     * than wall-clock time on a shared machine) and the wall-clock time of {@code work} alone.
     *
     * @return wall ms to the laid-out frame, FX thread CPU ms to it, wall ms of the work itself
     */
    static double[] step(Scene scene, Runnable work) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CompletableFuture<double[]> laidOut = new CompletableFuture<>();
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            work.run();
            double alone = (System.nanoTime() - t0) / 1e6;
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                laidOut.complete(new double[] {(System.nanoTime() - t0) / 1e6,
                        (threads.getCurrentThreadCpuTime() - cpu0) / 1e6, alone});
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        return laidOut.get(120, TimeUnit.SECONDS);
    }

    static void report(String what, Supplier<?> work) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS + 5; i++) {
            long t0 = System.nanoTime();
            work.get();
            if (i >= 5) {
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        print(what, ms);
    }

    static void print(String what, List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-42s median %7.1f ms   min %7.1f ms   max %7.1f ms%n", what,
                Percentiles.of(sorted, 50), sorted[0], Percentiles.max(sorted));
    }
}
