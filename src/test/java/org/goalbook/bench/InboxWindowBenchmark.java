package org.goalbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.goalbook.model.InboxEntry;
import org.goalbook.store.NotebookStore;
import org.goalbook.ui.Appearance;
import org.goalbook.ui.inbox.InboxModel;
import org.goalbook.ui.inbox.InboxView;
import org.goalbook.ui.session.NotebookSession;

/**
 * Times the inbox window with 10,000 new entries against 100 in the same run, each step until the next frame is laid
 * out: opening it, dismissing the first entry with the D key, and switching the section filter. Not a
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
        // Hiding the 100-entry window must not end the toolkit before the 10,000-entry run: with implicit exit on,
        // the FX thread was gone and the next FxCall waited its two minutes (the "did not finish" of the first run).
        Platform.setImplicitExit(false);
        Path dir = Files.createTempDirectory("goalbook-inbox-window-bench");
        System.out.println("JVM " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores; " + RUNS + " runs per step");
        // An unprinted window first, so that "open" compares windows and not the JVM's first one with the second.
        measure(dir.resolve("warm-up.goalbook"), 10, false);
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "100,10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        for (int size : sizes) {
            try {
                measure(dir.resolve("inbox-" + size + ".goalbook"), size, true);
            } catch (TimeoutException e) {
                // A finding, not a crash: the window did not answer within FxCall's two minutes.
                System.out.printf("%,7d entries  did not finish: the FX thread did not answer within 120 s%n", size);
            }
        }
        Platform.exit();
    }

    private static void measure(Path file, int size, boolean report) throws Exception {
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(BenchNotebook.build());
            store.addToInbox(InboxBenchmark.entries(size + RUNS));
        }
        try (NotebookSession session = NotebookSession.open(file)) {
            InboxModel model = new InboxModel(() -> session);
            InboxView view = FxCall.get(() -> new InboxView(model, null, s -> Appearance.apply(s, false, 13), () -> { }));
            double open = TreeBenchmark.nextFrame(view.scene(), view::show);
            if (report) {
                System.out.printf("%,7d entries  %-34s %8.1f ms%n", size, "open, first frame laid out", open);
            }
            @SuppressWarnings("unchecked")
            TableView<InboxEntry> table = (TableView<InboxEntry>) view.scene().lookup("#inboxTable");

            double[] dismiss = new double[RUNS];
            double[] dismissCpu = new double[RUNS];
            double[] handled = new double[RUNS];
            double[] filter = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                int before = FxCall.get(() -> model.shown().size());
                FxCall.get(() -> {
                    table.getSelectionModel().clearAndSelect(0);
                    return null;
                });
                // The D key on the table, as a user dismisses: the triage, the list, the selection moving on.
                double[] step = TreeBenchmark.step(view.scene(), () -> table.fireEvent(new KeyEvent(
                        KeyEvent.KEY_PRESSED, "d", "d", KeyCode.D, false, false, false, false)));
                dismiss[i] = step[0];
                dismissCpu[i] = step[1];
                handled[i] = step[2];
                if (FxCall.get(() -> model.shown().size()) != before - 1) {
                    throw new IllegalStateException("the dismiss did not reach the table");
                }
                String section = i % 2 == 0 ? "Tools" : InboxModel.ALL;
                filter[i] = TreeBenchmark.nextFrame(view.scene(), () -> model.section().set(section));
            }
            if (report) {
                print(size, "D key (dismiss) → table laid out", dismiss);
                print(size, "  the same, FX thread CPU", dismissCpu);
                print(size, "  the key handler alone (store incl.)", handled);
                print(size, "section filter → table laid out", filter);
            }
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
