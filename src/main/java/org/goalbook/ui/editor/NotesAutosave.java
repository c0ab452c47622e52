package org.goalbook.ui.editor;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Decides when typed notes are stored: when typing pauses for half a second, and at least once a second while
 * typing goes on, so that closing or a crash loses at most the last second.
 */
final class NotesAutosave {
    static final Duration PAUSE = Duration.millis(500);
    static final Duration AT_MOST = Duration.millis(1000);

    private final PauseTransition pause = new PauseTransition(PAUSE);
    private final PauseTransition atMost = new PauseTransition(AT_MOST);
    private boolean dirty;

    NotesAutosave(Runnable save) {
        pause.setOnFinished(e -> save.run());
        atMost.setOnFinished(e -> save.run());
    }

    /** The text changed by typing. */
    void typed() {
        dirty = true;
        pause.playFromStart();
        if (atMost.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            atMost.playFromStart();
        }
    }

    boolean dirty() {
        return dirty;
    }

    /** Storing failed: the text stays pending until the next keystroke or selection change tries again. */
    void keepPending() {
        dirty = true;
    }

    /** The text was stored (or thrown away): nothing is pending. */
    void clear() {
        dirty = false;
        pause.stop();
        atMost.stop();
    }
}
