package org.goalbook.ui.dialogs;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import org.goalbook.ui.menu.Shortcut;

/** Help › Keyboard shortcuts: every key the window knows, and where it works. */
public final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    public static void show(Window owner) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcutsTable");
        table.getColumns().add(column("Keys", Shortcut::keys, 230));
        table.getColumns().add(column("Does", Shortcut::what, 440));
        table.getColumns().add(column("Where", Shortcut::where, 110));
        table.getItems().setAll(Shortcut.ALL);
        // The middle column takes what width there is; the "Where" column keeps its own (it was cut to "Wh…").
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.setPrefSize(820, 560);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        javafx.scene.layout.StackPane content = new javafx.scene.layout.StackPane(table);
        content.getStyleClass().add("shortcuts");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(DialogStyle.CSS);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        // Without a minimum the dialog opened narrower than the table, and the last column was cut off.
        content.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    private static TableColumn<Shortcut, String> column(String title,
                                                        java.util.function.Function<Shortcut, String> value,
                                                        double width) {
        TableColumn<Shortcut, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
