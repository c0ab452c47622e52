package org.goalbook.ui.radar;

import java.util.function.LongConsumer;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.goalbook.model.Outline;
import org.goalbook.review.NotebookYears;
import org.goalbook.review.RadarLayout;
import org.goalbook.review.YearItems;

/**
 * Year › Radar…: a window beside the main one with a year's radar and a choice of year. It uses the main window's
 * style sheets, so it follows the theme; Esc closes it.
 */
public final class RadarWindow {
    public static final String YEAR_ID = "radarYear";

    private final Stage stage = new Stage();
    private final RadarView view;
    private final ComboBox<Integer> year = new ComboBox<>();
    private NotebookYears years;

    public RadarWindow(Stage owner, LongConsumer select) {
        this.view = new RadarView(select);
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
    }

    /** Shows the radar of {@code chosen} in the notebook as it is now, opening the window or raising it. */
    public void show(Outline outline, int chosen) {
        years = NotebookYears.of(outline);
        year.getItems().setAll(years.all().stream().map(YearItems::year).toList());
        if (java.util.Objects.equals(chosen, year.getValue())) {
            draw();
        } else {
            year.setValue(chosen);
        }
        stage.show();
        stage.toFront();
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
