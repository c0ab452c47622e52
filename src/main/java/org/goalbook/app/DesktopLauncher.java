package org.goalbook.app;

import java.nio.file.Path;
import java.util.Optional;

import javafx.collections.ListChangeListener;
import javafx.stage.Window;

import org.goalbook.cli.WindowLauncher;
import org.goalbook.cli.WindowUnavailable;
import org.goalbook.handoff.HandOff;
import org.goalbook.handoff.WindowHandOff;
import org.goalbook.store.NotebookInUse;
import org.goalbook.ui.GoalbookApp;
import org.goalbook.ui.Settings;

/** Starts the JavaFX window on a notebook; without a named notebook, the one the user had open last. */
final class DesktopLauncher implements WindowLauncher {

    @Override
    public void open(Path notebook) {
        StartupErrors errors = StartupErrors.hold();
        // The first window shown means the toolkit started: what JavaFX printed until then is not a failure.
        Window.getWindows().addListener((ListChangeListener<Window>) change -> errors.release());
        try {
            GoalbookApp.launch(notebook);
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
    public boolean handToRunningWindow(Path notebook) {
        return WindowHandOff.socket().map(socket -> WindowHandOff.send(socket, notebook)).orElse(false);
    }

    @Override
    public Optional<Path> lastNotebook() {
        return Settings.user().lastNotebook();
    }
}
