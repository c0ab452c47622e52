package org.goalbook.ui.search;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.YearPlanner;
import org.goalbook.ui.model.Action;
import org.goalbook.ui.model.ViewOptions;
import org.goalbook.ui.model.WindowModel;

/**
 * The search in the top bar: a field that narrows the tree as the user types (Enter: next match, Esc: clear), the
 * year it keeps to, where the selected match stands among them ("3 of 23"), and a marker while View filters hide
 * lines.
 */
public final class SearchBar {
    public static final String ID = "searchField";
    public static final String YEAR_ID = "searchYear";
    public static final String COUNT_ID = "searchCount";
    public static final String FILTER_ID = "filterMarker";
    static final String ALL_YEARS = "All years";

    private final WindowModel model;
    private final TextField field = new TextField();
    private final ComboBox<String> year = new ComboBox<>();
    private final Label count = new Label();
    private final Label filter = new Label();
    /** Where the year box stands, as wide as it (CSS): the box joins after the window's first frame. */
    private final StackPane yearPlace = new StackPane();
    private final HBox box = new HBox(filter, field, yearPlace, count);

    public SearchBar(WindowModel model) {
        this.model = model;
        createView();
        initListeners();
    }

    /**
     * Puts the year box in its place; the window does it once its first frame is drawn (a combo box's skin builds a
     * list view and its popup: about a fifth of the first frame's work). Its place keeps its width meanwhile, so
     * nothing beside it moves.
     */
    public void showYearBox() {
        yearPlace.getChildren().setAll(year);
    }

    private void createView() {
        field.setId(ID);
        field.setPromptText("Search  (" + Action.FIND.keysText() + ")");
        field.getStyleClass().add("search-field");
        field.setPrefColumnCount(22);
        year.setId(YEAR_ID);
        year.getStyleClass().add("search-year");
        year.setFocusTraversable(false);
        year.getItems().setAll(ALL_YEARS);
        year.setValue(ALL_YEARS);
        yearPlace.getStyleClass().add("search-year-place");
        count.setId(COUNT_ID);
        count.getStyleClass().add("search-count");
        filter.setId(FILTER_ID);
        filter.getStyleClass().add("filter-marker");
        box.getStyleClass().add("search-bar");
        box.setAlignment(Pos.CENTER_RIGHT);
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
        model.outlineProperty().addListener((obs, was, is) -> showYears(is));
        year.valueProperty().addListener((obs, was, is) -> model.searchYear().set(
                is == null || ALL_YEARS.equals(is) ? null : Integer.valueOf(is)));
        count.textProperty().bind(Bindings.createStringBinding(() -> countText(model.searchText().get(),
                model.matchesShown().get(), model.matchAt().get()),
                model.searchText(), model.matchesShown(), model.matchAt()));
        ViewOptions o = model.options();
        filter.textProperty().bind(Bindings.createStringBinding(() -> filterText(o),
                o.hideDone(), o.hideSkipped(), o.onlyStance()));
        filter.visibleProperty().bind(filter.textProperty().isNotEmpty());
        filter.managedProperty().bind(filter.visibleProperty());
        count.visibleProperty().bind(count.textProperty().isNotEmpty());
        count.managedProperty().bind(count.visibleProperty());
    }

    /** The years to choose from, kept when the same years are there (most changes do not touch them). */
    private void showYears(Outline outline) {
        List<String> years = new ArrayList<>();
        years.add(ALL_YEARS);
        for (Node root : outline.roots()) {
            int n = YearPlanner.yearNumber(root);
            if (root.kind() == NodeKind.YEAR && n > 0 && !years.contains(Integer.toString(n))) {
                years.add(Integer.toString(n));
            }
        }
        if (!years.equals(year.getItems())) {
            String chosen = year.getValue();
            year.getItems().setAll(years);
            year.setValue(years.contains(chosen) ? chosen : ALL_YEARS);
        }
    }

    /** "3 of 23" while a match is selected, "23 matches" otherwise, "No match"; empty when not searching. */
    static String countText(String search, int shown, int at) {
        if (search.isEmpty()) {
            return "";
        }
        if (shown == 0) {
            return "No match";
        }
        return at > 0 ? at + " of " + shown : shown + (shown == 1 ? " match" : " matches");
    }

    /** What the View menu's filters hide, as a marker; empty while they hide nothing. */
    static String filterText(ViewOptions o) {
        List<String> parts = new ArrayList<>();
        if (o.onlyStance().get() != null) {
            parts.add("only " + o.onlyStance().get().label());
        }
        if (o.hideDone().get()) {
            parts.add("done hidden");
        }
        if (o.hideSkipped().get()) {
            parts.add("skipped hidden");
        }
        return parts.isEmpty() ? "" : "Filter: " + String.join(", ", parts);
    }

    /** The field, the year, the count and the filter marker, for the top bar. */
    public HBox view() {
        return box;
    }
}
