package org.goalbook.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.goalbook.store.NotebookInUse;
import org.goalbook.store.NotebookStore;

/** Opens the desktop window on a notebook; given to the command line by the app, which alone knows JavaFX. */
@FunctionalInterface
public interface WindowLauncher {
    /**
     * Opens the window and returns when it has closed.
     *
     * @throws WindowUnavailable when this machine cannot show the window (no display, desktop libraries missing)
     */
    void open(Path notebook);

    /**
     * Opens the window on a notebook the start has opened already, so that it is opened once; the window closes it.
     * Returns when the window has closed.
     *
     * @throws WindowUnavailable when this machine cannot show the window; the notebook is closed then
     */
    default void open(NotebookStore notebook) {
        Path path = notebook.path();
        notebook.close();
        open(path);
    }

    /**
     * Called first on every window start, before the notebook is opened: a launcher may start preparing the
     * window meanwhile.
     */
    default void prepare() {
    }

    /** The notebook the window had open last time, for a start without {@code --notebook}; empty for none. */
    default Optional<Path> lastNotebook() {
        return Optional.empty();
    }

    /**
     * Hands the start on {@code notebook}, which {@code refused} says another Goalbook has open, to that Goalbook's
     * window; true when it took it. False keeps the refusal.
     */
    default boolean handOver(NotebookInUse refused, Path notebook) {
        return false;
    }

    /**
     * Hands the start on {@code notebook}, which no Goalbook has open, to this user's running window (a double-click
     * on another notebook file); true when that window took it and this start should end. False opens the window.
     */
    default boolean handToRunningWindow(Path notebook) {
        return false;
    }

    /**
     * Whether a window of this user may be running to take a start (see {@link #handToRunningWindow}). When it
     * cannot tell, true: the start then lets go of the notebook it opened and asks.
     */
    default boolean windowRunning() {
        return true;
    }
}
