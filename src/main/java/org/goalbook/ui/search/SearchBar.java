package org.goalbook.ui.search;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** The search field in the top bar: narrows the tree as the user types; Enter jumps to the next match, Esc clears. */
public final class SearchBar {
    public static final String ID = "searchField";

    /** What the field asks of the window. */
    public interface Commands {
        /** Narrows the tree to {@code text}; blank text shows everything again. */
        void search(String text);

        void nextMatch();

        /** The search was cleared with Esc: back to the tree. */
        void leave();
    }

    private final Commands commands;
    private final TextField field = new TextField();

    public SearchBar(Commands commands) {
        this.commands = commands;
        createView();
        initListeners();
    }

    private void createView() {
        field.setId(ID);
        field.setPromptText("Search  (Ctrl+F)");
        field.getStyleClass().add("search-field");
        field.setPrefColumnCount(22);
    }

    private void initListeners() {
        field.textProperty().addListener((obs, was, is) -> commands.search(is == null ? "" : is.strip()));
        field.setOnAction(e -> commands.nextMatch());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                commands.leave();
                e.consume();
            }
        });
    }

    public TextField view() {
        return field;
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    public String text() {
        return field.getText() == null ? "" : field.getText().strip();
    }

    public void clear() {
        field.clear();
    }
}
