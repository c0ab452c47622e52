package org.goalbook.ui.editor;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Decides when typed notes are stored: {@link #AT_MOST} after the first keystroke not yet stored, whether typing
 * pauses or goes on, so that a crash loses at most that much typing. Later keystrokes do not push the save back
 * (a restarted timer is what let a steady typist go more than a second unsaved), and the keystrokes inside the
 * window share one write.
 */
final class NotesAutosave {
    static final Duration AT_MOST = Duration.millis(300);

    private final PauseTransition due = new PauseTransition(AT_MOST);
    private boolean dirty;

    NotesAutosave(Runnable save) {
        due.setOnFinished(e -> save.run());
    }

    /** The text changed by typing. */
    void typed() {
        dirty = true;
        if (due.getStatus() != Animation.Status.RUNNING) {
            due.playFromStart();
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
        due.stop();
    }
}
