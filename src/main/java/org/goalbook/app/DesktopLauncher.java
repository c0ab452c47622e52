package org.goalbook.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.stage.Window;

import org.goalbook.cli.WindowLauncher;
import org.goalbook.cli.WindowUnavailable;
import org.goalbook.handoff.HandOff;
import org.goalbook.handoff.WindowHandOff;
import org.goalbook.store.NotebookInUse;
import org.goalbook.store.NotebookStore;
import org.goalbook.ui.GoalbookApp;
import org.goalbook.ui.MainWindow;
import org.goalbook.ui.Settings;
import org.goalbook.ui.session.NotebookSession;

/**
 * Starts the JavaFX window on a notebook; without a named notebook, the one the user had open last. The toolkit
 * starts on its own thread as soon as the start is known to be a window start, and builds the window while the
 * command line opens the notebook: on two cores the two overlap, and the first frame comes sooner.
 */
final class DesktopLauncher implements WindowLauncher {
    /** What the window shows first; null when the start was handed to another Goalbook and no window is wanted. */
    private final CompletableFuture<Consumer<MainWindow>> firstShown = new CompletableFuture<>();
    private StartupErrors errors;
    private Thread toolkit;
    private volatile Throwable failure;

    @Override
    public void prepare() {
        if (toolkit != null) {
            return;
        }
        // The notebook is open before the window can answer: a second launch meanwhile is kept for the window.
        HandOff.holdUntilAnswered();
        StartupErrors held = StartupErrors.hold();
        errors = held;
        // The first window shown means the toolkit started: what JavaFX printed until then is not a failure.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> held.release());
        toolkit = new Thread(() -> {
            try {
                GoalbookApp.launch(firstShown);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }, "JavaFX start");
        toolkit.start();
    }

    @Override
    public void open(NotebookStore notebook) {
        NotebookSession session;
        try {
            session = new NotebookSession(notebook);
        } catch (RuntimeException e) {
            notebook.close();
            finish(null);
            throw e;
        }
        try {
            show(window -> window.open(session));
        } finally {
            session.close(); // the window closed it on the way out; a failed start must not keep it open either
        }
    }

    @Override
    public void open(Path notebook) {
        show(window -> window.open(notebook));
    }

    private void show(Consumer<MainWindow> first) {
        prepare();
        try {
            finish(first);
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
        } catch (RuntimeException | Error e) {
            Optional<String> missing = MissingDesktop.explain(e, System.getenv("DISPLAY"));
            if (missing.isPresent()) {
                errors.discard();
                throw new WindowUnavailable(missing.get());
            }
            throw e;
        } finally {
            errors.release();
        }
    }

    /** Tells the starting window what to show (null: nothing, it ends) and waits until it has closed. */
    private void finish(Consumer<MainWindow> first) {
        firstShown.complete(first);
        try {
            toolkit.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** When another Goalbook took the start, the window begun here ends unshown; returns {@code taken}. */
    private boolean endedHere(boolean taken) {
        if (taken && toolkit != null) {
            finish(null);
            errors.discard(); // a window that never showed has nothing to report
        }
        return taken;
    }

    @Override
    public boolean handOver(NotebookInUse refused, Path notebook) {
        return endedHere(HandOff.send(refused, notebook));
    }

    @Override
    public boolean handToRunningWindow(Path notebook) {
        return endedHere(WindowHandOff.socket().map(socket -> WindowHandOff.send(socket, notebook)).orElse(false));
    }

    @Override
    public boolean windowRunning() {
        // A socket file left by a crash says yes too; the hand-over then finds nobody and this start opens its own.
        return WindowHandOff.socket().filter(java.nio.file.Files::exists).isPresent();
    }

    @Override
    public Optional<Path> lastNotebook() {
        return Settings.user().lastNotebook();
    }
}
