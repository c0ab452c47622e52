package org.goalbook.ui.editor;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

import org.fxmisc.richtext.MultiChangeBuilder;

/**
 * Find and replace inside the shown note, in a bar above the editor: the match is selected in the note and every
 * other one marked, "3 of 23" says where it is. Enter finds the next, Shift+Enter the previous, Esc closes the bar
 * and goes back to the text. Replace changes the selected match and goes on; All replaces every match in one undo
 * step of the editor.
 */
final class FindBar {
    static final String ID = "findBar";
    static final String FIND_ID = "findField";
    static final String REPLACE_ID = "replaceField";
    static final String COUNT_ID = "findCount";

    private final NotesArea area;
    private final NoteMatches marks;
    private final HBox bar = new HBox();
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final Label count = new Label();
    private List<int[]> matches = List.of();
    private int current = -1;

    FindBar(NotesArea area) {
        this.area = area;
        this.marks = new NoteMatches(area, "find-match");
        createView();
        initListeners();
        close();
    }

    private void createView() {
        bar.setId(ID);
        bar.getStyleClass().add("find-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        find.setId(FIND_ID);
        find.setPromptText("Find in the notes");
        replace.setId(REPLACE_ID);
        replace.setPromptText("Replace with");
        count.setId(COUNT_ID);
        count.getStyleClass().add("find-count");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button one = new Button("Replace");
        one.setOnAction(e -> replaceOne());
        Button all = new Button("All");
        all.setOnAction(e -> replaceAll());
        Button shut = new Button("✕");
        shut.getStyleClass().add("find-close");
        shut.setOnAction(e -> closeAndEdit());
        bar.getChildren().setAll(find, count, replace, one, all, shut);
    }

    private void initListeners() {
        bar.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeAndEdit();
                e.consume();
            }
        });
        find.textProperty().addListener((obs, was, is) -> search(area.getSelection().getStart()));
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step(e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
        replace.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                replaceOne();
                e.consume();
            }
        });
    }

    javafx.scene.Node view() {
        return bar;
    }

    /** Shows the bar with the selected text (if any, on one line) as what to find, and the focus in it. */
    void open() {
        String selected = area.getSelectedText();
        bar.setVisible(true);
        bar.setManaged(true);
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        } else {
            search(area.getSelection().getStart());
        }
        find.requestFocus();
        find.selectAll();
    }

    boolean isOpen() {
        return bar.isVisible();
    }

    /** Hides the bar and its marks (another note shown, or Esc). */
    void close() {
        bar.setVisible(false);
        bar.setManaged(false);
        marks.clear();
        matches = List.of();
        current = -1;
    }

    private void closeAndEdit() {
        close();
        area.requestFocus();
    }

    /** Finds every match again and selects the first one at or after {@code from}. */
    private void search(int from) {
        matches = NoteMatches.find(area.getText(), find.getText());
        marks.show(matches);
        current = -1;
        for (int i = 0; i < matches.size() && current < 0; i++) {
            if (matches.get(i)[0] >= from) {
                current = i;
            }
        }
        if (current < 0 && !matches.isEmpty()) {
            current = 0;
        }
        select();
    }

    private void step(int by) {
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + by, matches.size());
        select();
    }

    private void select() {
        if (current >= 0) {
            int[] m = matches.get(current);
            area.selectRange(m[0], m[1]);
            area.requestFollowCaret();
        }
        count.setText(find.getText().isEmpty() ? "" : matches.isEmpty() ? "No match"
                : (current + 1) + " of " + matches.size());
    }

    private void replaceOne() {
        if (current < 0 || !area.isEditable()) {
            return;
        }
        int[] m = matches.get(current);
        area.getUndoManager().preventMerge();
        area.replaceText(m[0], m[1], replace.getText());
        area.getUndoManager().preventMerge();
        search(m[0] + replace.getText().length());
    }

    private void replaceAll() {
        if (matches.isEmpty() || !area.isEditable()) {
            return;
        }
        // From the end backwards, so that each replacement leaves the offsets before it as they were.
        MultiChangeBuilder<?, ?, ?> change = area.createMultiChange(matches.size());
        for (int i = matches.size() - 1; i >= 0; i--) {
            change.replaceTextAbsolutely(matches.get(i)[0], matches.get(i)[1], replace.getText());
        }
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
        search(0);
    }
}
