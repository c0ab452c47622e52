package org.goalbook.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

import javafx.stage.Stage;

import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.store.NotebookStore;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real window on a real notebook file for one test: settings in memory only, file dialogs that
 * answer with queued paths, background work on the calling thread, and a fixed date.
 */
public final class WindowFixture {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2022-05-01T10:00:00Z"), ZoneOffset.UTC);

    static {
        // The test JVM ends with the JavaFX toolkit still running, and WebKit's native teardown at exit then aborts
        // the process now and then (seen as "Aborted" after every test had passed). Stop the toolkit the way an
        // application does before it exits, and give its thread a few seconds to finish.
        Runtime.getRuntime().addShutdownHook(new Thread(WindowFixture::stopToolkit, "stop-javafx-before-exit"));
    }

    private static void stopToolkit() {
        try {
            javafx.application.Platform.exit();
        } catch (RuntimeException notStarted) {
            return;
        }
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("JavaFX Application Thread")) {
                try {
                    t.join(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    public final Path notebook;
    public final TestFileDialogs dialogs = new TestFileDialogs();
    /** Links the preview asked to open in the browser. */
    public final java.util.List<String> links = new java.util.concurrent.CopyOnWriteArrayList<>();
    public final Preferences prefs = new MemoryPreferences();
    public MainWindow window;

    private WindowFixture(Path notebook) {
        this.notebook = notebook;
    }

    /** Writes {@code content} into a new notebook file in {@code dir}. */
    public static WindowFixture with(Path dir, Notebook content) {
        Path file = dir.resolve("plan.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(content);
        }
        return new WindowFixture(file);
    }

    /** A window that will be started on {@code file} as it is, whatever it holds (for refusals at start-up). */
    public static WindowFixture on(Path file) {
        return new WindowFixture(file);
    }

    /** Builds and shows the window on the notebook; call from a TestFX {@code @Start} method. */
    public MainWindow start(Stage stage) {
        window = new MainWindow(stage, new Settings(prefs), dialogs, new SameThreadWork(), CLOCK, links::add);
        window.open(notebook);
        window.show();
        return window;
    }

    /** Closes the window's notebook (as closing the window does) and reads what is stored in the file. */
    /** Selects the line of {@code id} in the tree and gives the tree the keyboard, as a click on it would. */
    public void select(FxRobot robot, long id) {
        robot.interact(() -> {
            org.junit.jupiter.api.Assertions.assertTrue(window.tree().select(id), "no line for node " + id);
            window.tree().view().requestFocus();
        });
    }

    public Outline storedAfterClose(FxRobot robot) {
        robot.interact(() -> window.shutdown());
        try (NotebookStore store = NotebookStore.open(notebook)) {
            return store.outline();
        }
    }

    public void cleanUp(FxRobot robot) {
        robot.interact(() -> {
            if (window != null && window.session() != null) {
                window.shutdown();
            }
        });
    }

    /** Waits (up to five seconds) for something the window does after a pause, such as storing typed notes. */
    /** The showing dialog whose pane has this id, looked up on the FX thread (its scene changes as it opens), or null. */
    public static javafx.scene.control.DialogPane dialog(FxRobot robot, String id) {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.control.DialogPane> found =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> found.set(showingDialog(id)));
        return found.get();
    }

    /** The showing dialog whose pane has this id, or null; call on the FX thread. */
    public static javafx.scene.control.DialogPane showingDialog(String id) {
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null
                    && w.getScene().getRoot().lookup("#" + id) instanceof javafx.scene.control.DialogPane pane) {
                return pane;
            }
        }
        return null;
    }

    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 5 s in vain", e);
        }
    }
}
