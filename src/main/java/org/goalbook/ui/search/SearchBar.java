package org.goalbook.ui.search;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.goalbook.ui.model.Action;
import org.goalbook.ui.model.WindowModel;

/** The search field in the top bar: narrows the tree as the user types; Enter jumps to the next match, Esc clears. */
public final class SearchBar {
    public static final String ID = "searchField";

    private final WindowModel model;
    private final TextField field = new TextField();

    public SearchBar(WindowModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    private void createView() {
        field.setId(ID);
        field.setPromptText("Search  (" + Action.FIND.keysText() + ")");
        field.getStyleClass().add("search-field");
        field.setPrefColumnCount(22);
    }

    private void initListeners() {
        field.textProperty().addListener((obs, was, is) -> model.search(is));
        // Another notebook starts without a search.
        model.searchText().addListener((obs, was, is) -> {
            if (is.isEmpty() && !field.getText().isBlank()) {
                field.clear();
            }
        });
        field.setOnAction(e -> model.nextMatch());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
                model.leaveSearch();
                e.consume();
            }
        });
        model.onRequest(r -> {
            if (r == WindowModel.Request.FOCUS_SEARCH) {
                field.requestFocus();
                field.selectAll();
            }
        });
    }

    public TextField view() {
        return field;
    }
}
