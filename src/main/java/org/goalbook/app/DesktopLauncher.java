package org.goalbook.app;

import java.nio.file.Path;

import org.goalbook.ui.GoalbookApp;

/** Starts the JavaFX window on a notebook. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void open(Path notebook) {
        GoalbookApp.launch(notebook);
    }
}
