package org.goalbook.cli;

import java.nio.file.Path;

/** Opens the desktop window on a notebook; given to the command line by the app, which alone knows JavaFX. */
@FunctionalInterface
public interface WindowLauncher {
    void open(Path notebook);
}
