package org.goalbook.ui.editor;

import java.util.function.Consumer;

import javafx.application.Platform;

import org.fxmisc.richtext.CodeArea;

/**
 * Collapses the editor's change events into one hand-off per burst: however many keys arrive before the FX thread
 * is free again, the text is read once and given on once. The whole text is never listened to per key (reading it
 * copies every paragraph, which at 1 MB is what froze the old editor's every keystroke).
 */
final class TextBursts {
    private final CodeArea area;
    private boolean textPending;
    private boolean caretPending;
    private boolean scheduled;
    private boolean muted;
    private Runnable typed = () -> { };
    private Consumer<String> textChanged = text -> { };
    private Runnable caretMoved = () -> { };

    TextBursts(CodeArea area) {
        this.area = area;
        area.multiPlainChanges().subscribe(changes -> {
            if (!muted) {
                typed.run();
                textPending = true;
                schedule();
            }
        });
        area.caretPositionProperty().addListener((obs, was, is) -> {
            if (!muted) {
                caretPending = true;
                schedule();
            }
        });
    }

    /** Runs on every change the user makes, at once (cheap work only: it marks the notes as not yet stored). */
    void onTyped(Runnable action) {
        typed = action;
    }

    /** Gets the new text once per burst of changes. */
    void onText(Consumer<String> action) {
        textChanged = action;
    }

    /** Runs once per burst of caret moves, after the text was handed on. */
    void onCaret(Runnable action) {
        caretMoved = action;
    }

    /** Makes a change of the window's own (loading a note) without handing it on as typing. */
    void quietly(Runnable change) {
        boolean was = muted;
        muted = true;
        try {
            change.run();
        } finally {
            muted = was;
        }
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(this::handOn);
        }
    }

    private void handOn() {
        scheduled = false;
        if (textPending) {
            textPending = false;
            textChanged.accept(area.getText());
        }
        if (caretPending) {
            caretPending = false;
            caretMoved.run();
        }
    }
}
