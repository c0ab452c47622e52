package org.goalbook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.goalbook.markdown.JournalImporter;
import org.goalbook.store.NotebookStore;
import org.goalbook.ui.MainWindow;
import org.goalbook.ui.MemoryPreferences;
import org.goalbook.ui.SameThreadWork;
import org.goalbook.ui.Settings;
import org.goalbook.ui.preview.PreviewPane;

/**
 * Times a window start on the user's journal: building the window, opening the notebook, the first frame (tree
 * visible) and the first preview render (the web view is built after the first frame). One start per JVM, as a
 * user sees it. For the time from process start on a real display, beside a bare JavaFX window, see
 * {@link StartupBenchmark}. Not a test; headless on Monocle:
 * <pre>
 * mvn -q -o test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp %classpath \
 *   org.goalbook.bench.WindowStartBenchmark"
 * </pre>
 */
public final class WindowStartBenchmark {
    private WindowStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path journal = Path.of(System.getProperty("goalbook.shared.dir", "../shared"), "fixtures", "journal-2022.md");
        Path dir = Files.createTempDirectory("goalbook-bench");
        Path notebook = dir.resolve("journal.goalbook");
        try (NotebookStore store = NotebookStore.open(notebook)) {
            store.replaceAll(JournalImporter.readFile(journal));
        }
        Preferences prefs = new MemoryPreferences();

        long t0 = System.nanoTime();
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        long toolkit = System.nanoTime();
        CompletableFuture<Long> firstFrame = new CompletableFuture<>();
        long[] built = new long[2];
        MainWindow[] window = new MainWindow[1];
        Platform.runLater(() -> {
            long start = System.nanoTime();
            MainWindow w = new MainWindow(new Stage(), new Settings(prefs), new NoFileDialogs(), new SameThreadWork(),
                    Clock.systemUTC(), url -> { });
            built[0] = System.nanoTime() - start;
            w.open(notebook);
            built[1] = System.nanoTime() - start;
            window[0] = w;
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                w.scene().removePostLayoutPulseListener(once[0]);
                firstFrame.complete(System.nanoTime());
            };
            w.scene().addPostLayoutPulseListener(once[0]);
            w.show();
        });
        long frame = firstFrame.get(60, TimeUnit.SECONDS);
        long rendered = 0;
        for (int i = 0; i < 6000 && rendered == 0; i++) {
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                PreviewPane p = (PreviewPane) window[0].scene().lookup("." + PreviewPane.STYLE_CLASS);
                done.complete(p != null && p.renderCountProperty().get() > 0);
            });
            if (done.get()) {
                rendered = System.nanoTime();
            } else {
                Thread.sleep(10);
            }
        }
        System.out.printf("JVM %s, %d cores; journal-2022.md notebook%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("toolkit start %6.0f ms%nwindow built  %6.0f ms%n+ notebook    %6.0f ms%n"
                        + "first frame   %6.0f ms after the toolkit%npreview shown %6.0f ms after the toolkit%n",
                ms(toolkit - t0), ms(built[0]), ms(built[1] - built[0]), ms(frame - toolkit),
                rendered == 0 ? -1 : ms(rendered - toolkit));
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            window[0].shutdown();
            closed.complete(null);
        });
        closed.get();
        Platform.exit();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
