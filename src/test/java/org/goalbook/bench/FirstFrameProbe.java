package org.goalbook.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.goalbook.app.Main;
import org.goalbook.ui.preview.PreviewPane;
import org.goalbook.ui.tree.GoalTree;

/**
 * The child process of {@link StartupBenchmark}: starts Goalbook exactly as a user does ({@code Main} with
 * {@code --notebook FILE}), or a bare JavaFX window with one Label, and prints when the first frame with content is
 * laid out. It watches from outside the application: a listener on the list of windows adds a post-layout pulse
 * listener to the first window, so Goalbook itself runs unchanged.
 * <p>
 * Output, one line: {@code frame-us=<epoch µs> jvm-start-ms=<epoch ms> preview-us=<epoch µs or -1>
 * main-us=<epoch µs> shown-us=<epoch µs>}: the first frame with content, the JVM's start, the preview's first
 * render, this {@code main} entered, the first window shown (before its first pulse).
 */
public final class FirstFrameProbe {
    private static long mainMicros = -1;
    private static long shownMicros = -1;
    private static long frameMicros = -1;
    private static long previewMicros = -1;

    private FirstFrameProbe() {
    }

    /** {@code goalbook FILE} or {@code label}. */
    public static void main(String[] args) {
        mainMicros = nowMicros();
        boolean goalbook = args[0].equals("goalbook");
        watchdog();
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (shownMicros < 0) {
                        shownMicros = nowMicros();
                    }
                    watch(w, goalbook);
                }
            }
        });
        if (goalbook) {
            Main.main(new String[] {"--notebook", args[1]});
        } else {
            Application.launch(BareWindow.class);
        }
        System.out.println("frame-us=" + frameMicros + " jvm-start-ms=" + jvmStartMillis() + " preview-us=" + previewMicros
                + " main-us=" + mainMicros + " shown-us=" + shownMicros);
        System.exit(frameMicros > 0 ? 0 : 1);
    }

    /** The app image's runtime has no java.management: there, the start time from /proc (10 ms steps) stands in. */
    private static long jvmStartMillis() {
        if (ModuleLayer.boot().findModule("java.management").isPresent()) {
            return ManagementFactory.getRuntimeMXBean().getStartTime();
        }
        return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }

    /** A start that never shows its rows (an empty notebook, a failure) ends the process instead of hanging. */
    private static void watchdog() {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("no frame with content within 120 s");
            Runtime.getRuntime().halt(2);
        }, "first-frame-watchdog");
        t.setDaemon(true);
        t.start();
    }

    private static void watch(Window window, boolean goalbook) {
        Scene scene = window.getScene();
        if (scene == null || frameMicros > 0) {
            return;
        }
        Runnable[] probe = new Runnable[1];
        probe[0] = () -> {
            if (frameMicros < 0 && (!goalbook || treeHasRows(scene))) {
                frameMicros = nowMicros();
                if (!goalbook) {
                    scene.removePostLayoutPulseListener(probe[0]);
                    Platform.runLater(window::hide);
                }
            } else if (frameMicros > 0 && scene.lookup("." + PreviewPane.STYLE_CLASS) instanceof PreviewPane p) {
                // The preview's web view is made after the first frame: wait for its first render, then close.
                scene.removePostLayoutPulseListener(probe[0]);
                p.renderCountProperty().addListener((obs, was, is) -> {
                    if (previewMicros < 0) {
                        previewMicros = nowMicros();
                        Platform.runLater(() -> close(window));
                    }
                });
            }
        };
        scene.addPostLayoutPulseListener(probe[0]);
    }

    /** True once the goal tree has laid out at least one row holding a line of the notebook. */
    private static boolean treeHasRows(Scene scene) {
        var tree = scene.lookup("#" + GoalTree.ID);
        return tree != null && tree.lookupAll(".tree-cell").stream()
                .anyMatch(n -> n instanceof TreeCell<?> cell && cell.isVisible() && cell.getItem() != null);
    }

    /** As if the user closed the window: Goalbook stores its settings and closes the notebook. */
    private static void close(Window window) {
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
        window.hide();
    }

    private static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    /** The baseline: the smallest JavaFX window, one Label. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Hello"), 400, 200));
            stage.show();
        }
    }
}
