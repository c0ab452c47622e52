package org.goalbook.ui.dialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.goalbook.history.Backup;
import org.goalbook.history.BackupDates;

/**
 * File › Restore from backup…: the notebook's backups, newest first, with when and why each was made and what it
 * holds; the chosen one is returned for restoring.
 */
public final class RestoreDialog {
    public static final String ID = "restoreDialog";
    public static final String TABLE_ID = "backupsTable";

    /** One backup as the dialog lists it: {@code holds} says what is in it, or why it cannot be read. */
    public record Choice(Backup backup, String holds) {
    }

    private final Dialog<Backup> dialog = new Dialog<>();
    private final TableView<Choice> table = new TableView<>();
    private final ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);

    private RestoreDialog(Window owner, String notebook, Path folder, List<Choice> choices) {
        dialog.initOwner(owner);
        createView(notebook, folder, choices);
        initListeners();
    }

    /** Shows the dialog; the backup to restore, or empty when the user cancels. */
    public static Optional<Backup> ask(Window owner, String notebook, Path folder, List<Choice> choices) {
        return new RestoreDialog(owner, notebook, folder, choices).dialog.showAndWait();
    }

    private void createView(String notebook, Path folder, List<Choice> choices) {
        table.setId(TABLE_ID);
        table.getColumns().add(column("Made", c -> BackupDates.shown(c.backup().made()), 200));
        table.getColumns().add(column("Why", c -> c.backup().kind().label(), 110));
        table.getColumns().add(column("Holds", Choice::holds, 230));
        table.getItems().setAll(choices);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No backups yet: one is made at the first change of each day and before "
                + "every import or restore."));
        table.setPrefSize(580, 300);
        if (!choices.isEmpty()) {
            table.getSelectionModel().select(0);
        }
        Label where = new Label("Kept in " + folder + ": the 7 latest days, and one backup of each of the 4 weeks "
                + "before.");
        where.setWrapText(true);
        where.setMaxWidth(580);
        where.getStyleClass().add("restore-where");
        Label undo = new Label("Restoring replaces everything in " + notebook + ". The notebook as it is is backed "
                + "up first, so restoring that backup undoes it.");
        undo.setWrapText(true);
        undo.setMaxWidth(580);
        VBox content = new VBox(table, where, undo);
        content.getStyleClass().add("restore-form");

        dialog.setTitle("Restore from backup");
        dialog.setHeaderText("Restore " + notebook + " from a backup");
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().getStylesheets().add(DialogStyle.CSS);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button != restore || selected() == null ? null : selected().backup());
    }

    private void initListeners() {
        Button button = (Button) dialog.getDialogPane().lookupButton(restore);
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && selected() != null) {
                button.fire();
            }
        });
    }

    private Choice selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private static TableColumn<Choice, String> column(String title, java.util.function.Function<Choice, String> text,
            double width) {
        TableColumn<Choice, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
