package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.goalbook.cli.DefaultNotebook;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.ui.tree.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The example plan a first start shows, and planning a new year from it. */
@ExtendWith(ApplicationExtension.class)
class NewYearAndExampleTest {
    @TempDir
    Path dir;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.with(dir, DefaultNotebook.example());
        fixture.start(stage);
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        fixture.cleanUp(robot);
    }

    @Test
    void theExamplePlanShowsYearsAreasAndItemsWithBadges(FxRobot robot) {
        Set<NodeKind> shown = robot.lookup(".goal-cell").queryAll().stream()
                .filter(n -> n instanceof TreeCell<?> c && c.getItem() instanceof Row r && r.node() != null)
                .map(n -> ((Row) ((TreeCell<?>) n).getItem()).node().kind())
                .collect(Collectors.toSet());
        assertTrue(shown.containsAll(Set.of(NodeKind.YEAR, NodeKind.AREA, NodeKind.ITEM)), shown.toString());
        assertFalse(shown.contains(NodeKind.STANCE_LINE), "stance lines are never lines of the tree");
        assertFalse(robot.lookup(".stance-badge").queryAll().isEmpty());
        assertFalse(robot.lookup(".goal-progress").queryAll().isEmpty());
    }

    @Test
    void aYearThatExistsIsRefusedInsideTheDialogBeforeCreating(FxRobot robot) {
        Platform.runLater(fixture.window.commands()::newYear);
        WindowFixture.waitUntil(() -> robot.lookup("#newYearDialog").tryQuery().isPresent());
        javafx.scene.control.Spinner<?> spinner = robot.lookup("#newYearSpinner").queryAs(javafx.scene.control.Spinner.class);
        javafx.scene.control.Label error = robot.lookup("#newYearError").queryAs(javafx.scene.control.Label.class);
        javafx.scene.control.Button create = robot.lookup(".button").match(
                n -> n instanceof javafx.scene.control.Button b && "Create year".equals(b.getText())).query();
        assertFalse(error.isVisible(), "the suggested year is free");
        assertFalse(create.isDisabled());

        robot.interact(() -> spinner.getEditor().setText("2026"));
        assertTrue(error.isVisible());
        assertEquals("The notebook already has a year 2026.", error.getText());
        assertTrue(create.isDisabled(), "the dialog stays open and says why");
        robot.interact(() -> spinner.getEditor().setText("20x6"));
        assertEquals("A year has four digits; \u201c20x6\u201d is not one.", error.getText());

        robot.interact(() -> spinner.getEditor().setText("2031"));
        assertFalse(error.isVisible());
        robot.interact(create::fire);
        assertTrue(fixture.window.session().outline().roots().stream().anyMatch(n -> n.name().equals("2031")),
                "the typed year is made even before the spinner commits it");
    }

    @Test
    void newYearCarriesOverWhatTheDialogListsAndUndoTakesItAway(FxRobot robot) {
        Outline before = fixture.window.session().outline();
        Node latest = before.roots().stream().filter(n -> n.kind() == NodeKind.YEAR)
                .reduce((a, b) -> b).orElseThrow();
        int next = Integer.parseInt(latest.name()) + 1;
        Platform.runLater(fixture.window.commands()::newYear);
        WindowFixture.waitUntil(() -> robot.lookup("#newYearDialog").tryQuery().isPresent());

        long listed = robot.lookup("#carriedList .carry-line").queryAll().stream()
                .filter(n -> ((javafx.scene.control.CheckBox) n).isSelected()).count();
        // The dialog window settles its size over a few pulses, so a click may miss: press the button instead.
        javafx.scene.control.Button create = robot.lookup(".button").match(
                n -> n instanceof javafx.scene.control.Button b && "Create year".equals(b.getText())).query();
        robot.interact(create::fire);

        Outline after = fixture.window.session().outline();
        Node year = after.roots().stream().filter(n -> n.name().equals(Integer.toString(next))).findFirst()
                .orElseThrow();
        long carried = after.subtree(year.id()).stream().filter(n -> n.kind().isTickable()).count();
        assertEquals(listed, carried, "the dialog ticked exactly what was carried");
        assertTrue(after.subtree(year.id()).stream().filter(n -> n.kind().isTickable()).noneMatch(Node::done));
        assertEquals(year.id(), fixture.window.tree().selectedNodeProperty().get().id());

        robot.interact(() -> fixture.window.tree().view().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before.size(), fixture.storedAfterClose(robot).size());
    }
}
