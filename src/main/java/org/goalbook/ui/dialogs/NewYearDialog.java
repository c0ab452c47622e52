package org.goalbook.ui.dialogs;

import java.time.Year;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.YearPlanner;
import org.goalbook.ui.editor.Breadcrumb;

/**
 * Year › New year…: asks for the year and whether to carry over an earlier year's structure and unfinished work,
 * and lists what will be carried before the user confirms.
 */
public final class NewYearDialog {
    /** The user's answer: {@code fromYearId} 0 for an empty year. */
    public record Choice(int year, long fromYearId, boolean leaveDone) {
    }

    private final Outline outline;
    private final Dialog<Choice> dialog = new Dialog<>();
    private final Spinner<Integer> year = new Spinner<>(1000, 9999, 2000);
    private final RadioButton carry = new RadioButton("Carry over from");
    private final RadioButton empty = new RadioButton("Start empty (Strategic and Tactical headings only)");
    private final ComboBox<Node> fromYear = new ComboBox<>();
    private final CheckBox leaveDone = new CheckBox("Leave done goals and items behind");
    private final Label carriedLabel = new Label();
    private final ListView<String> carried = new ListView<>();
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
        leaveDone.setSelected(true);
        carried.setId("carriedList");
        carried.setPrefHeight(260);
        carried.setPrefWidth(520);

        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.addRow(0, new Label("Year"), year);
        HBox carryRow = new HBox(carry, fromYear);
        carryRow.getStyleClass().add("carry-row");
        form.add(carryRow, 0, 1, 2, 1);
        form.add(empty, 0, 2, 2, 1);
        form.add(leaveDone, 0, 3, 2, 1);
        carriedLabel.setWrapText(true);
        carriedLabel.setMaxWidth(520);
        error.setId("newYearError");
        error.getStyleClass().add("dialog-error");
        error.setWrapText(true);
        error.setMaxWidth(520);
        VBox content = new VBox(form, error, carriedLabel, carried);
        content.getStyleClass().add("new-year-form");

        dialog.setTitle("New year");
        dialog.setHeaderText("Plan a new year");
        dialog.getDialogPane().setId("newYearDialog");
        dialog.getDialogPane().getStylesheets().add(DialogStyle.CSS);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button != create ? null : new Choice(typedYear(),
                carry.isSelected() && fromYear.getValue() != null ? fromYear.getValue().id() : 0,
                leaveDone.isSelected()));
        updateCarried();
        check(year.getEditor().getText());
    }

    private void initListeners() {
        year.getEditor().textProperty().addListener((obs, was, is) -> check(is));
        carry.selectedProperty().addListener((obs, was, is) -> updateCarried());
        fromYear.valueProperty().addListener((obs, was, is) -> updateCarried());
        leaveDone.selectedProperty().addListener((obs, was, is) -> updateCarried());
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

    private void updateCarried() {
        boolean carrying = carry.isSelected() && fromYear.getValue() != null;
        fromYear.setDisable(!carrying);
        leaveDone.setDisable(!carrying);
        carried.setDisable(!carrying);
        if (!carrying) {
            carriedLabel.setText("Nothing is carried over.");
            carried.getItems().clear();
            return;
        }
        Node from = fromYear.getValue();
        List<Node> items = YearPlanner.carried(outline, from.id(), leaveDone.isSelected());
        carriedLabel.setText(items.size() + " goals and items will be carried over from " + from.displayName()
                + ", unticked, with the areas and topics:");
        carried.getItems().setAll(items.stream().map(this::describe).toList());
    }

    private String describe(Node n) {
        List<String> path = Breadcrumb.names(outline, n.id());
        String where = String.join(Breadcrumb.SEPARATOR, path.subList(Math.min(1, path.size()), path.size()));
        return where + (n.stance() == null ? "" : "  ·  " + n.stance().label()) + (n.done() ? "  (done)" : "");
    }
}
