package org.goalbook.ui.dialogs;

import java.time.Year;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.goalbook.model.CarryChoice;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.YearPlanner;

/**
 * Year › New year…: asks for the year and whether to carry over an earlier year's structure, lists that year's goals
 * and items by area with a box each (unfinished ones ticked) and the stance each item takes, and whether notes come
 * along. What cannot be made is said inside the dialog.
 */
public final class NewYearDialog {
    /** The user's answer: {@code fromYearId} 0 for an empty year, and then {@code carry} is null. */
    public record Choice(int year, long fromYearId, CarryChoice carry) {
    }

    static final String KEEP_NOTES_ID = "carryNotes";
    static final String EMPTY_NOTES_ID = "emptyNotes";

    private final Outline outline;
    private final Dialog<Choice> dialog = new Dialog<>();
    private final Spinner<Integer> year = new Spinner<>(1000, 9999, 2000);
    private final RadioButton carry = new RadioButton("Carry over from");
    private final RadioButton empty = new RadioButton("Start empty (Strategic and Tactical headings only)");
    private final ComboBox<Node> fromYear = new ComboBox<>();
    private final RadioButton keepNotes = new RadioButton("Carry their notes");
    private final RadioButton emptyNotes = new RadioButton("Start their notes empty");
    private final Label carriedLabel = new Label();
    private final Button all = new Button("All");
    private final Button unfinished = new Button("Unfinished");
    private final Button none = new Button("None");
    private final CarryList carried = new CarryList(this::updateSummary);
    /** Why the typed year cannot be made, inside the dialog, before the user presses Create. */
    private final Label error = new Label();
    private final ButtonType create = new ButtonType("Create year", ButtonBar.ButtonData.OK_DONE);

    private NewYearDialog(Window owner, Outline outline) {
        this.outline = outline;
        dialog.initOwner(owner);
        createView();
        initListeners();
    }

    /** Shows the dialog; empty when the user cancels. */
    public static Optional<Choice> ask(Window owner, Outline outline) {
        return new NewYearDialog(owner, outline).dialog.showAndWait();
    }

    private void createView() {
        List<Node> years = outline.roots().stream().filter(n -> n.kind() == NodeKind.YEAR).toList();
        int latest = YearPlanner.latestYear(outline).orElse(Year.now().getValue() - 1);
        year.getValueFactory().setValue(latest + 1);
        year.setEditable(true);
        year.setId("newYearSpinner");
        fromYear.getItems().setAll(years);
        fromYear.setConverter(new StringConverter<>() {
            @Override
            public String toString(Node n) {
                return n == null ? "" : n.displayName();
            }

            @Override
            public Node fromString(String s) {
                return null;
            }
        });
        years.stream().filter(n -> YearPlanner.yearNumber(n) == latest).findFirst()
                .or(() -> years.stream().reduce((a, b) -> b))
                .ifPresent(fromYear::setValue);
        ToggleGroup how = new ToggleGroup();
        carry.setToggleGroup(how);
        empty.setToggleGroup(how);
        (years.isEmpty() ? empty : carry).setSelected(true);
        carry.setDisable(years.isEmpty());
        ToggleGroup notes = new ToggleGroup();
        keepNotes.setToggleGroup(notes);
        emptyNotes.setToggleGroup(notes);
        keepNotes.setId(KEEP_NOTES_ID);
        emptyNotes.setId(EMPTY_NOTES_ID);
        keepNotes.setSelected(true);
        carried.view().setPrefHeight(340);
        carried.view().setPrefWidth(560);

        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.addRow(0, new Label("Year"), year);
        HBox carryRow = new HBox(carry, fromYear);
        carryRow.getStyleClass().add("carry-row");
        form.add(carryRow, 0, 1, 2, 1);
        form.add(empty, 0, 2, 2, 1);
        HBox notesRow = new HBox(new Label("Notes"), keepNotes, emptyNotes);
        notesRow.getStyleClass().add("carry-row");
        form.add(notesRow, 0, 3, 2, 1);
        carriedLabel.setId("carriedSummary");
        carriedLabel.setWrapText(true);
        carriedLabel.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(carriedLabel, Priority.ALWAYS);
        HBox summaryRow = new HBox(carriedLabel, new Label("Tick"), all, unfinished, none);
        summaryRow.getStyleClass().add("carry-row");
        error.setId("newYearError");
        error.getStyleClass().add("dialog-error");
        error.setWrapText(true);
        error.setMaxWidth(560);
        VBox.setVgrow(carried.view(), Priority.ALWAYS);
        VBox content = new VBox(form, error, summaryRow, carried.view());
        content.getStyleClass().add("new-year-form");

        dialog.setTitle("New year");
        dialog.setHeaderText("Plan a new year");
        dialog.getDialogPane().setId("newYearDialog");
        dialog.getDialogPane().getStylesheets().add(DialogStyle.CSS);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button != create ? null : !carrying() ? new Choice(typedYear(), 0, null)
                : new Choice(typedYear(), fromYear.getValue().id(), carryChoice()));
        updateCarried();
        check(year.getEditor().getText());
    }

    private void initListeners() {
        year.getEditor().textProperty().addListener((obs, was, is) -> check(is));
        carry.selectedProperty().addListener((obs, was, is) -> updateCarried());
        fromYear.valueProperty().addListener((obs, was, is) -> updateCarried());
        keepNotes.selectedProperty().addListener((obs, was, is) -> updateSummary());
        all.setOnAction(e -> carried.tick(CarryChoice.everything(outline, fromYear.getValue().id()).items()));
        unfinished.setOnAction(e -> carried.tick(CarryChoice.unfinished(outline, fromYear.getValue().id()).items()));
        none.setOnAction(e -> carried.tick(java.util.Set.of()));
    }

    private boolean carrying() {
        return carry.isSelected() && fromYear.getValue() != null;
    }

    private CarryChoice carryChoice() {
        return new CarryChoice(carried.ticked(), keepNotes.isSelected(), carried.movedStances());
    }

    /** The year as typed (the spinner takes typed text only when it loses focus), or its value. */
    private int typedYear() {
        try {
            return Integer.parseInt(year.getEditor().getText().strip());
        } catch (NumberFormatException e) {
            return year.getValue();
        }
    }

    /** Says in the dialog why {@code text} cannot become a new year, with the planner's own rule and words. */
    private void check(String text) {
        String problem = null;
        try {
            YearPlanner.empty(outline, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            problem = "A year has four digits; \u201c" + text.strip() + "\u201d is not one.";
        } catch (org.goalbook.model.EditRefused e) {
            problem = e.getMessage();
        }
        error.setText(problem == null ? "" : problem);
        error.setVisible(problem != null);
        error.setManaged(problem != null);
        dialog.getDialogPane().lookupButton(create).setDisable(problem != null);
    }

    /** Lists the chosen year's goals and items, the unfinished ones ticked, or nothing when starting empty. */
    private void updateCarried() {
        boolean carrying = carrying();
        fromYear.setDisable(!carrying);
        for (javafx.scene.control.Control c : List.of(keepNotes, emptyNotes, all, unfinished, none, carried.view())) {
            c.setDisable(!carrying);
        }
        if (!carrying) {
            carried.show(outline, null, java.util.Set.of());
        } else {
            long from = fromYear.getValue().id();
            carried.show(outline, from, CarryChoice.unfinished(outline, from).items());
        }
        updateSummary();
    }

    /** Says how much will be carried, counted by the planner that will carry it. */
    private void updateSummary() {
        if (!carrying()) {
            carriedLabel.setText("Nothing is carried over.");
            return;
        }
        Node from = fromYear.getValue();
        CarryChoice choice = carryChoice();
        int count = YearPlanner.carried(outline, from.id(), choice).size();
        int moved = choice.stances().size();
        carriedLabel.setText(count + (count == 1 ? " goal or item" : " goals and items") + " from " + from.displayName()
                + ", unticked" + (choice.keepNotes() ? "" : ", notes empty")
                + (moved == 0 ? "" : ", " + moved + (moved == 1 ? " stance" : " stances") + " moved") + ".");
    }
}
