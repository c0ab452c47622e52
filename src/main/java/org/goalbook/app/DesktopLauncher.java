package org.goalbook.app;

import java.nio.file.Path;

/** Starts the JavaFX window on a notebook. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void open(Path notebook) {
        throw new UnsupportedOperationException("TODO: launch the JavaFX application");
    }
}
