package org.goalbook.app;

import java.nio.file.Path;
import java.util.Optional;

import javafx.collections.ListChangeListener;
import javafx.stage.Window;

import org.goalbook.cli.WindowLauncher;
import org.goalbook.cli.WindowUnavailable;
import org.goalbook.handoff.HandOff;
import org.goalbook.store.NotebookInUse;
import org.goalbook.store.NotebookStore;
import org.goalbook.ui.GoalbookApp;
import org.goalbook.ui.Settings;
import org.goalbook.ui.session.NotebookSession;

/** Starts the JavaFX window on a notebook; without a named notebook, the one the user had open last. */
final class DesktopLauncher implements WindowLauncher {

    @Override
    public void prepare() {
        // The notebook is open before the window can answer: a second launch meanwhile is kept for the window.
        HandOff.holdUntilAnswered();
    }

    @Override
    public void open(NotebookStore notebook) {
        NotebookSession session;
        try {
            session = new NotebookSession(notebook);
        } catch (RuntimeException e) {
            notebook.close();
            throw e;
        }
        try {
            start(() -> GoalbookApp.launch(session));
        } finally {
            session.close(); // the window closed it on the way out; a failed start must not keep it open either
        }
    }

    @Override
    public void open(Path notebook) {
        start(() -> GoalbookApp.launch(notebook));
    }

    private static void start(Runnable launch) {
        StartupErrors errors = StartupErrors.hold();
        // The first window shown means the toolkit started: what JavaFX printed until then is not a failure.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> errors.release());
        try {
            launch.run();
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

    @Override
    public boolean handOver(NotebookInUse refused, Path notebook) {
        return HandOff.send(refused, notebook);
    }

    @Override
    public Optional<Path> lastNotebook() {
        return Settings.user().lastNotebook();
    }
}
