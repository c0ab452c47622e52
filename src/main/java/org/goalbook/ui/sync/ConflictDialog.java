package org.goalbook.ui.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.goalbook.sync.Conflict;
import org.goalbook.sync.LinkedJournal;

/**
 * Shows both versions of each line the notebook and its journal file changed differently, and asks which to keep.
 * Until the user decides, the journal keeps the notebook's lines and a page keeps the file's.
 */
final class ConflictDialog {
    static final String CSS = Objects.requireNonNull(ConflictDialog.class.getResource("conflict.css"), "conflict.css")
            .toExternalForm();

    private final Dialog<LinkedJournal.Side> dialog = new Dialog<>();
    private final ButtonType keepNotebook = new ButtonType("Keep the notebook's", ButtonBar.ButtonData.LEFT);
    private final ButtonType keepFile = new ButtonType("Keep the file's", ButtonBar.ButtonData.OTHER);
    private final ButtonType later = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);

    private ConflictDialog(Window owner, Path file, List<Conflict> conflicts) {
        dialog.initOwner(owner);
        createView(file, conflicts);
        dialog.setResultConverter(b -> b == keepNotebook ? LinkedJournal.Side.NOTEBOOK
                : b == keepFile ? LinkedJournal.Side.FILE : null);
    }

    /** The side to keep; empty when the user decides later. */
    static Optional<LinkedJournal.Side> ask(Window owner, Path file, List<Conflict> conflicts) {
        return new ConflictDialog(owner, file, conflicts).dialog.showAndWait();
    }

    private void createView(Path file, List<Conflict> conflicts) {
        dialog.setTitle("Conflict with " + file.getFileName());
        dialog.setHeaderText("The notebook and " + file.getFileName() + " changed the same "
                + (conflicts.size() == 1 ? "lines" : "lines in " + conflicts.size() + " places"));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("conflicts");
        Label notebookTitle = new Label("In the notebook");
        Label fileTitle = new Label("In " + file.getFileName());
        notebookTitle.getStyleClass().add("conflict-side");
        fileTitle.getStyleClass().add("conflict-side");
        grid.addRow(0, new Label(), notebookTitle, fileTitle);
        int row = 1;
        for (Conflict c : conflicts) {
            Label line = new Label("Line " + c.line());
            line.getStyleClass().add("conflict-line");
            line.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            grid.addRow(row++, line, version(c.ours(), "notebookVersion"), version(c.theirs(), "fileVersion"));
        }
        Label note = new Label("Until you decide, the journal keeps the notebook's lines and the page \""
                + LinkedJournal.CONFLICT_PAGE + file.getFileName() + "\" keeps the file's: nothing is lost.");
        note.setWrapText(true);
        note.getStyleClass().add("conflict-note");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // Taller only as far as a screen allows; many conflicts scroll.
        scroll.setMaxHeight(520);
        VBox content = new VBox(scroll, note);
        content.getStyleClass().add("conflict-dialog");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(keepNotebook, keepFile, later);
        dialog.getDialogPane().setId("conflictDialog");
        dialog.getDialogPane().getStylesheets().add(CSS);
        // Deciding later loses nothing, so it is what Enter or Escape does.
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(later)).setDefaultButton(true);
        dialog.setResizable(true);
    }

    private static TextArea version(String lines, String id) {
        TextArea text = new TextArea(lines.stripTrailing());
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(Math.min(8, Math.max(2, (int) lines.lines().count() + 1)));
        text.getStyleClass().addAll("conflict-version", id);
        GridPane.setHgrow(text, Priority.ALWAYS);
        return text;
    }
}
