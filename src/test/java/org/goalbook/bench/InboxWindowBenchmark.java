package org.goalbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;

import org.goalbook.model.InboxEntry;
import org.goalbook.store.NotebookStore;
import org.goalbook.ui.Appearance;
import org.goalbook.ui.inbox.InboxModel;
import org.goalbook.ui.inbox.InboxView;
import org.goalbook.ui.session.NotebookSession;

/**
 * Times the inbox window with 10,000 new entries against 100 in the same run, each step until the next frame is laid
 * out: opening it, dismissing the first entry (the triage a single key does), and switching the section filter. Not a
 * test; runs headless on Monocle:
 * <pre>
 * mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp %classpath \
 *   org.goalbook.bench.InboxWindowBenchmark"
 * </pre>
 */
public final class InboxWindowBenchmark {
    private static final int RUNS = 30;

    private InboxWindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Path dir = Files.createTempDirectory("goalbook-inbox-window-bench");
        System.out.println("JVM " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores; " + RUNS + " runs per step");
        for (int size : new int[] {100, 10_000}) {
            try {
                measure(dir.resolve("inbox-" + size + ".goalbook"), size);
            } catch (TimeoutException e) {
                // A finding, not a crash: the window did not answer within FxCall's two minutes.
                System.out.printf("%,7d entries  did not finish: the FX thread did not answer within 120 s%n", size);
            }
        }
        Platform.exit();
    }

    private static void measure(Path file, int size) throws Exception {
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(BenchNotebook.build());
            store.addToInbox(InboxBenchmark.entries(size + RUNS));
        }
        try (NotebookSession session = NotebookSession.open(file)) {
            InboxModel model = new InboxModel(() -> session);
            InboxView view = FxCall.get(() -> new InboxView(model, null, s -> Appearance.apply(s, false, 13), () -> { }));
            double open = TreeBenchmark.nextFrame(view.scene(), view::show);
            System.out.printf("%,7d entries  %-34s %8.1f ms%n", size, "open, first frame laid out", open);

            double[] dismiss = new double[RUNS];
            double[] filter = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                int before = FxCall.get(() -> model.shown().size());
                dismiss[i] = TreeBenchmark.nextFrame(view.scene(), () -> {
                    InboxEntry first = model.shown().get(0);
                    model.dismiss(List.of(first));
                });
                if (FxCall.get(() -> model.shown().size()) != before - 1) {
                    throw new IllegalStateException("the dismiss did not reach the table");
                }
                String section = i % 2 == 0 ? "Tools" : InboxModel.ALL;
                filter[i] = TreeBenchmark.nextFrame(view.scene(), () -> model.section().set(section));
            }
            print(size, "dismiss → table laid out", dismiss);
            print(size, "section filter → table laid out", filter);
            FxCall.get(() -> {
                view.hide();
                return null;
            });
        }
    }

    private static void print(int size, String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%,7d entries  %-34s median %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", size, what,
                Percentiles.of(sorted, 50), Percentiles.of(sorted, 95), Percentiles.max(sorted));
    }
}
