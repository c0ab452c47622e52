package org.goalbook.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.goalbook.markdown.TextEdit;

/**
 * Collapses the editor's change events into one hand-off per burst: however many keys arrive before the FX thread
 * is free again, their edits are given on once, in order. The whole text is never read per key (reading it copies
 * every paragraph: at 1 MB that was the largest share of a keystroke's time on the FX thread); whoever needs the
 * text makes the edits to a copy of their own.
 */
final class TextBursts {
    private final CodeArea area;
    private final List<TextEdit> edits = new ArrayList<>();
    private boolean caretPending;
    private boolean scheduled;
    private boolean muted;
    private Runnable typed = () -> { };
    private Consumer<List<TextEdit>> edited = list -> { };
    private Runnable caretMoved = () -> { };

    TextBursts(CodeArea area) {
        this.area = area;
        area.multiPlainChanges().subscribe(changes -> {
            if (!muted) {
                typed.run();
                // In the order they were made, each at its place in the text the one before it left.
                for (PlainTextChange change : changes) {
                    edits.add(new TextEdit(change.getPosition(), change.getRemovalEnd(), change.getInserted()));
                }
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

    /** Gets the burst's edits once per burst of changes. */
    void onEdits(Consumer<List<TextEdit>> action) {
        edited = action;
    }

    /** Runs once per burst of caret moves, after the text was handed on. */
    void onCaret(Runnable action) {
        caretMoved = action;
    }

    /**
     * Makes a change of the window's own (loading a note) without handing it on as typing. The caller hands the
     * whole new text on itself, so edits typed before it and not yet handed on are dropped with the old text.
     */
    void quietly(Runnable change) {
        handedOnWhole();
        boolean was = muted;
        muted = true;
        try {
            change.run();
        } finally {
            muted = was;
        }
    }

    /** The whole text was just handed on: the edits not handed on yet are in it, and must not be made twice. */
    void handedOnWhole() {
        edits.clear();
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(this::handOn);
        }
    }

    private void handOn() {
        scheduled = false;
        if (!edits.isEmpty()) {
            List<TextEdit> burst = List.copyOf(edits);
            edits.clear();
            edited.accept(burst);
        }
        if (caretPending) {
            caretPending = false;
            caretMoved.run();
        }
    }
}
