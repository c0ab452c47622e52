package org.goalbook.ui.dialogs;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.goalbook.markdown.NotebookProperties;
import org.goalbook.model.NotebookMeta;

/**
 * File › Notebook properties…: the journal's front matter (title, author, status, date, tags) as fields, and the
 * journal's opening text (what stands before its first heading). Each field is stored as the user leaves it or
 * presses Enter; there is no Save button. A value that cannot be stored stays in its field with the reason beside.
 */
public final class PropertiesDialog {
    public static final String ID = "propertiesDialog";
    public static final String OPENING_ID = "openingText";
    public static final String ERROR_ID = "propertiesError";

    /** Where the dialog stores what the user changed. */
    public interface Store {
        /**
         * Stores one property and returns the metadata now stored.
         *
         * @throws RuntimeException with a message for the user when the value cannot be stored
         */
        NotebookMeta set(String key, String value);

        /** Stores the opening text (only called when the journal has one). */
        void setOpening(String text);
    }

    private final Dialog<Void> dialog = new Dialog<>();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final TextArea opening = new TextArea();
    private final Label error = new Label();
    private final Store store;
    private final String openingText;
    private NotebookMeta stored;

    private PropertiesDialog(Window owner, NotebookMeta meta, String openingText, Store store) {
        this.store = store;
        this.stored = meta;
        this.openingText = openingText;
        dialog.initOwner(owner);
        createView();
        initListeners();
    }

    /**
     * Shows the dialog until the user closes it.
     *
     * @param openingText the journal's opening text, or null when it has none
     */
    public static void show(Window owner, NotebookMeta meta, String openingText, Store store) {
        new PropertiesDialog(owner, meta, openingText, store).dialog.showAndWait();
    }

    /** The field id of a property, for tests and screen readers: "property-title". */
    public static String fieldId(String key) {
        return "property-" + key;
    }

    private void createView() {
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        Map<String, String> values = NotebookProperties.values(stored);
        int row = 0;
        for (String key : NotebookProperties.KEYS) {
            TextField field = new TextField(values.get(key));
            field.setId(fieldId(key));
            field.setPrefColumnCount(34);
            if (key.equals("tags")) {
                field.setPromptText("separated by commas");
            }
            Label label = new Label(Character.toUpperCase(key.charAt(0)) + key.substring(1));
            label.setLabelFor(field);
            label.setMnemonicParsing(false);
            form.addRow(row++, label, field);
            GridPane.setHgrow(field, Priority.ALWAYS);
            fields.put(key, field);
        }
        error.setId(ERROR_ID);
        error.getStyleClass().add("dialog-error");
        error.setWrapText(true);
        error.setMaxWidth(520);
        error.setManaged(false);
        error.setVisible(false);

        Label openingLabel = new Label(openingText == null
                ? "The journal has no text before its first heading."
                : "Opening: the text before the journal's first heading (its navigation line), exported where it was");
        openingLabel.setWrapText(true);
        openingLabel.setMaxWidth(520);
        openingLabel.getStyleClass().add("properties-note");
        opening.setId(OPENING_ID);
        opening.setText(openingText == null ? "" : openingText);
        opening.setWrapText(true);
        opening.setPrefRowCount(5);
        opening.setVisible(openingText != null);
        opening.setManaged(openingText != null);
        Label stored = new Label("Every change is stored as you leave its field, and written to the journal's front "
                + "matter in its own style.");
        stored.setWrapText(true);
        stored.setMaxWidth(520);
        stored.getStyleClass().add("properties-note");

        Label problems = new Label(String.join("\n", NotebookProperties.problems(this.stored)));
        problems.setWrapText(true);
        problems.setMaxWidth(520);
        problems.getStyleClass().add("properties-note");
        problems.setManaged(!problems.getText().isEmpty());
        problems.setVisible(!problems.getText().isEmpty());

        VBox content = new VBox(form, problems, error, openingLabel, opening, stored);
        content.getStyleClass().add("properties-form");
        dialog.setTitle("Notebook properties");
        dialog.setHeaderText("Notebook properties: the journal's front matter");
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().getStylesheets().add(DialogStyle.CSS);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private void initListeners() {
        fields.forEach((key, field) -> {
            field.setOnAction(e -> commit(key, field));
            field.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    commit(key, field);
                }
            });
        });
        opening.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitOpening();
            }
        });
        // Closing with a field still focused stores it too: leaving the dialog is leaving the field.
        dialog.setOnHidden(e -> {
            fields.forEach(this::commit);
            commitOpening();
        });
    }

    private void commit(String key, TextField field) {
        String now = NotebookProperties.values(stored).get(key);
        if (field.getText().strip().equals(now)) {
            return;
        }
        try {
            stored = store.set(key, field.getText());
            field.setText(NotebookProperties.values(stored).get(key));
            showError(null);
        } catch (RuntimeException e) {
            // The typed text stays in the field, so nothing the user wrote is lost; the stored value is unchanged.
            showError(e.getMessage());
        }
    }

    private void commitOpening() {
        if (openingText != null && !opening.getText().equals(openingText)) {
            try {
                store.setOpening(opening.getText());
            } catch (RuntimeException e) {
                showError(e.getMessage());
            }
        }
    }

    private void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        error.setManaged(message != null);
    }
}
