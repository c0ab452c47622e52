package org.goalbook.ui.radar;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.YearPlanner;
import org.goalbook.review.NotebookYears;
import org.goalbook.review.RadarLayout;
import org.goalbook.review.YearItems;
import org.goalbook.ui.model.WindowModel;
import org.goalbook.ui.session.OutlineChange;

/**
 * Year › Radar…: a window beside the main one with a year's radar and a choice of year. It uses the main window's
 * style sheets, so it follows the theme; Esc closes it. It follows the notebook: a stored change redraws the radar
 * when it touches the year shown or the year its markers compare against, and the choice of years when a year
 * comes or goes.
 */
public final class RadarWindow {
    public static final String YEAR_ID = "radarYear";

    private final Stage stage = new Stage();
    private final RadarView view;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final WindowModel model;
    private NotebookYears years;

    public RadarWindow(Stage owner, WindowModel model, LongConsumer select) {
        this.view = new RadarView(select);
        this.model = model;
        stage.initOwner(owner);
        createView(owner);
        initListeners();
    }

    private void createView(Stage owner) {
        year.setId(YEAR_ID);
        Label label = new Label("Year");
        label.setLabelFor(year);
        HBox top = new HBox(label, year);
        top.getStyleClass().add("radar-toolbar");
        BorderPane root = new BorderPane(view.view());
        root.setTop(top);
        Scene scene = new Scene(root, 1100, 780);
        Bindings.bindContent(scene.getStylesheets(), owner.getScene().getStylesheets());
        Bindings.bindContent(root.getStyleClass(), owner.getScene().getRoot().getStyleClass());
        stage.setScene(scene);
    }

    private void initListeners() {
        year.valueProperty().addListener((obs, was, is) -> draw());
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        model.addChangeListener(this::follow);
        model.sessionProperty().addListener((obs, was, is) -> {
            if (stage.isShowing()) {
                if (is == null) {
                    stage.close();
                } else {
                    refresh(model.outline());
                }
            }
        });
    }

    /** Redraws when {@code change} touched the year shown or its previous year; updates the choice of years. */
    private void follow(OutlineChange change) {
        if (!stage.isShowing() || years == null) {
            return;
        }
        // Only the top-level nodes are read here: a notes save while the radar is open costs no walk of the notebook.
        List<Integer> before = yearNumbers(change.before());
        List<Integer> after = yearNumbers(change.after());
        Integer shown = year.getValue();
        Set<Integer> watched = new HashSet<>();
        if (shown != null) {
            watched.add(shown);
            for (List<Integer> numbers : List.of(before, after)) {
                numbers.stream().filter(y -> y < shown).max(Integer::compare).ifPresent(watched::add);
            }
        }
        boolean touched = change.kind() == OutlineChange.Kind.REPLACED || !before.equals(after)
                || change.touched().stream().anyMatch(id -> watched.contains(yearOf(change.before(), id))
                        || watched.contains(yearOf(change.after(), id)));
        if (touched) {
            refresh(change.after());
        }
    }

    private static List<Integer> yearNumbers(Outline outline) {
        return outline.roots().stream().filter(n -> n.kind() == NodeKind.YEAR).map(YearPlanner::yearNumber)
                .filter(y -> y > 0).sorted().distinct().toList();
    }

    /** The year a node is in, or 0 (a page, or a node the outline does not hold). */
    private static int yearOf(Outline outline, long id) {
        Optional<Node> n = outline.find(id);
        while (n.isPresent() && n.get().parentId() != 0) {
            n = outline.parent(n.get());
        }
        return n.filter(top -> top.kind() == NodeKind.YEAR).map(YearPlanner::yearNumber).orElse(0);
    }

    /** Reads the notebook again and shows the same year, or the latest when that year is gone. */
    private void refresh(Outline outline) {
        Integer shown = year.getValue();
        NotebookYears now = NotebookYears.of(outline);
        boolean kept = shown != null && now.year(shown).isPresent();
        show(outline, kept ? shown : now.all().isEmpty() ? null : now.all().get(now.all().size() - 1).year());
    }

    /** Shows the radar of {@code chosen} in the notebook as it is now, opening the window or raising it. */
    public void show(Outline outline, int chosen) {
        show(outline, Integer.valueOf(chosen));
        stage.show();
        stage.toFront();
    }

    private void show(Outline outline, Integer chosen) {
        years = NotebookYears.of(outline);
        List<Integer> numbers = years.all().stream().map(YearItems::year).toList();
        if (!numbers.equals(year.getItems())) {
            year.getItems().setAll(numbers);
        }
        if (chosen == null) {
            stage.close();
        } else if (Objects.equals(chosen, year.getValue())) {
            draw();
        } else {
            year.setValue(chosen);
        }
    }

    private void draw() {
        Integer y = year.getValue();
        if (years == null || y == null || years.year(y).isEmpty()) {
            return;
        }
        stage.setTitle("Radar " + y);
        view.show(RadarLayout.of(years, y));
    }

    public Stage stage() {
        return stage;
    }

    public RadarView view() {
        return view;
    }
}
