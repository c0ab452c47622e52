package org.goalbook.ui.editor;

import java.util.Optional;
import java.util.function.Predicate;

import javafx.application.Platform;
import javafx.scene.control.IndexRange;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyEvent;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputHandler.Result;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.goalbook.markdown.MarkdownEdits;
import org.goalbook.markdown.MarkdownEdits.LineEdit;
import org.goalbook.ui.model.Action;

/**
 * The notes editor: RichTextFX's virtualised code area with the habits of a Markdown editor. Enter continues a
 * list, Tab and Shift+Tab indent list items, Ctrl+B / Ctrl+I / Ctrl+K make bold, italic and links, Ctrl+Shift+X
 * ticks the line's task box, and pasting a link over selected text makes a Markdown link. Each key comes from
 * {@link Action}; a key that does not apply (Tab outside a list) does what it does in any text area.
 */
public final class NotesArea extends CodeArea {
    private final CaretLine caretLine = new CaretLine(this);

    NotesArea() {
        // The band follows the caret when the window says so, once per burst of keys (see CaretLine).
        widthProperty().addListener((obs, was, is) -> Platform.runLater(this::showCaretLine));
        Nodes.addInputMap(this, InputMap.sequence(
                key(Action.NEXT_ITEM, e -> lineEdit(MarkdownEdits.enter(line(), getCaretColumn()))),
                key(Action.INDENT, e -> lineEdit(MarkdownEdits.indent(line(), getCaretColumn(), false))),
                key(Action.OUTDENT, e -> lineEdit(MarkdownEdits.indent(line(), getCaretColumn(), true))),
                key(Action.BOLD, e -> wrap("**")),
                key(Action.ITALIC, e -> wrap("*")),
                key(Action.LINK, e -> link()),
                key(Action.TOGGLE_TASK, e -> lineEdit(Optional.of(MarkdownEdits.toggleTask(line(),
                        getCaretColumn()))))));
    }

    /** Moves the band behind the caret's line to where the caret is now (or hides it under a selection). */
    void showCaretLine() {
        caretLine.follow();
    }

    /** The text the caret's line band covers, empty while it is hidden; tests read it. */
    public IndexRange caretLine() {
        return caretLine.range();
    }

    /** A key of the table that edits: consumed when it did something, else left to the text area's own keys. */
    private InputMap<KeyEvent> key(Action action, Predicate<KeyEvent> edit) {
        return InputMap.process(EventPattern.keyPressed(action.keys()), e -> {
            if (!isEditable()) {
                return Result.PROCEED;
            }
            // Each such edit is an undo step of its own, not merged into the typing around it.
            getUndoManager().preventMerge();
            boolean done = edit.test(e);
            getUndoManager().preventMerge();
            return done ? Result.CONSUME : Result.PROCEED;
        });
    }

    /** Pasting a link over selected text makes it a Markdown link; any other paste is a paste. */
    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String pasted = clipboard.hasString() ? clipboard.getString() : null;
        String selected = getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n") && MarkdownEdits.isUrl(pasted)
                && !MarkdownEdits.isUrl(selected)) {
            getUndoManager().preventMerge();
            replaceSelection(MarkdownEdits.link(selected, pasted));
            getUndoManager().preventMerge();
        } else {
            super.paste();
        }
    }

    private String line() {
        return getParagraph(getCurrentParagraph()).getText();
    }

    private boolean lineEdit(Optional<LineEdit> edit) {
        if (edit.isEmpty() || getSelection().getLength() > 0) {
            return false;
        }
        int start = getAbsolutePosition(getCurrentParagraph(), 0);
        LineEdit e = edit.get();
        replaceText(start + e.from(), start + e.to(), e.text());
        moveTo(start + e.caret());
        requestFollowCaret();
        return true;
    }

    /** Ctrl+B / Ctrl+I: wraps the selection in the marks, or takes them off again; with none, types a pair. */
    private boolean wrap(String marks) {
        IndexRange sel = getSelection();
        int n = marks.length();
        if (sel.getStart() >= n && sel.getEnd() + n <= getLength()
                && getText(sel.getStart() - n, sel.getStart()).equals(marks)
                && getText(sel.getEnd(), sel.getEnd() + n).equals(marks)) {
            String inner = getSelectedText();
            replaceText(sel.getStart() - n, sel.getEnd() + n, inner);
            selectRange(sel.getStart() - n, sel.getEnd() - n);
            return true;
        }
        String inner = getSelectedText();
        replaceSelection(marks + inner + marks);
        selectRange(sel.getStart() + n, sel.getStart() + n + inner.length());
        return true;
    }

    /** Ctrl+K: "[selection]()" with the caret where the link goes; a selected link becomes "[](link)". */
    private boolean link() {
        IndexRange sel = getSelection();
        String selected = getSelectedText();
        if (MarkdownEdits.isUrl(selected)) {
            replaceSelection(MarkdownEdits.link("", selected));
            moveTo(sel.getStart() + 1);
        } else {
            replaceSelection("[" + selected + "]()");
            moveTo(sel.getStart() + selected.length() + 3);
        }
        return true;
    }
}
