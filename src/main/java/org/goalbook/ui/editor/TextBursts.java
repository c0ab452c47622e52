package org.goalbook.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.goalbook.markdown.TextEdit;

/**
 * Turns the editor's change events into edits handed on as each change is made, and into one run of the slower
 * work per burst: however many keys arrive before the FX thread is free again, the burst's work (restyling,
 * scrolling the preview, moving the caret's line) runs once. The edits go on at once because handing them on is
 * cheap (the render thread takes them) and the render then runs while the FX thread still finishes the key. The
 * whole text is never read per key (reading it copies every paragraph: at 1 MB that was the largest share of a
 * keystroke's time on the FX thread); whoever needs the text makes the edits to a copy of their own.
 */
final class TextBursts {
    private final CodeArea area;
    private boolean editsPending;
    private boolean caretPending;
    private boolean scheduled;
    private boolean muted;
    private Runnable typed = () -> { };
    private Consumer<List<TextEdit>> edited = list -> { };
    private Runnable burstEdited = () -> { };
    private Runnable caretMoved = () -> { };

    TextBursts(CodeArea area) {
        this.area = area;
        area.multiPlainChanges().subscribe(changes -> {
            if (!muted) {
                typed.run();
                // In the order they were made, each at its place in the text the one before it left.
                List<TextEdit> edits = new ArrayList<>(changes.size());
                for (PlainTextChange change : changes) {
                    edits.add(new TextEdit(change.getPosition(), change.getRemovalEnd(), change.getInserted()));
                }
                edited.accept(edits);
                editsPending = true;
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

    /** Gets each change's edits as it is made, inside the editor's own handling of it (cheap work only). */
    void onEdits(Consumer<List<TextEdit>> action) {
        edited = action;
    }

    /** Runs once per burst of changes, before the caret's callback. */
    void onBurst(Runnable action) {
        burstEdited = action;
    }

    /** Runs once per burst of caret moves, after the text was handed on. */
    void onCaret(Runnable action) {
        caretMoved = action;
    }

    /**
     * Makes a change of the window's own (loading a note) without handing it on as typing. The caller hands the
     * whole new text on itself, which replaces the edits handed on before it.
     */
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
        if (editsPending) {
            editsPending = false;
            burstEdited.run();
        }
        if (caretPending) {
            caretPending = false;
            caretMoved.run();
        }
    }
}
