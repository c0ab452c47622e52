package org.goalbook.app;

import java.nio.file.Path;
import java.util.Optional;

import org.goalbook.cli.WindowLauncher;
import org.goalbook.handoff.HandOff;
import org.goalbook.store.NotebookInUse;
import org.goalbook.ui.GoalbookApp;
import org.goalbook.ui.Settings;

/** Starts the JavaFX window on a notebook; without a named notebook, the one the user had open last. */
final class DesktopLauncher implements WindowLauncher {

    @Override
    public void open(Path notebook) {
        GoalbookApp.launch(notebook);
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
