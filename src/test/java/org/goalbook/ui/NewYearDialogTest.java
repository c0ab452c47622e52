package org.goalbook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;

import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.PlanBuilder;
import org.goalbook.model.Stance;
import org.goalbook.ui.tree.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Year › New year…: boxes ticked in the dialog, the new year's lines out in the tree. */
@ExtendWith(ApplicationExtension.class)
class NewYearDialogTest {
    @TempDir
    Path dir;
    private WindowFixture fixture;
    private final PlanBuilder plan = new PlanBuilder();

    @Start
    void start(Stage stage) {
        long y2022 = plan.add(0, NodeKind.YEAR, "2022");
        long strategic = plan.add(y2022, NodeKind.STRATEGIC, "Strategic");
        long certs = plan.add(strategic, NodeKind.GOAL, "Earn certs", null, false);
        plan.add(certs, NodeKind.GOAL, "CKA", null, true);
        plan.add(certs, NodeKind.GOAL, "CKAD", null, false);
        long offer = plan.add(strategic, NodeKind.GOAL, "Offer IaC", null, false);
        plan.add(offer, NodeKind.GOAL, "Terraform scripts", null, false);
        long tactical = plan.add(y2022, NodeKind.TACTICAL, "Tactical");
        long frontEnd = plan.add(tactical, NodeKind.AREA, "Front End");
        long frameworks = plan.add(frontEnd, NodeKind.TOPIC, "App Frameworks");
        long maintain = plan.add(frameworks, NodeKind.STANCE_LINE, "Maintain", Stance.MAINTAIN, false);
        plan.add(maintain, NodeKind.ITEM, "GatsbyJS", Stance.MAINTAIN, true);
        long react = plan.add(maintain, NodeKind.ITEM, "React", Stance.MAINTAIN, false);
        plan.notes(react, "- week 1: hooks\n- week 2: suspense\n");
        long explore = plan.add(frameworks, NodeKind.STANCE_LINE, "Explore", Stance.EXPLORE, false);
        plan.add(explore, NodeKind.ITEM, "Remix", Stance.EXPLORE, false);
        long backEnd = plan.add(tactical, NodeKind.AREA, "Back End");
        plan.add(backEnd, NodeKind.ITEM, "Master GraalVM", null, false);
        fixture = WindowFixture.with(dir, plan.notebook());
        fixture.start(stage);
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        fixture.cleanUp(robot);
    }

    @Test
    void theTickedItemsWithTheirNewStancesAndWithoutNotesAreWhatTheTreeShows(FxRobot robot) {
        Outline before = fixture.window.session().outline();
        Platform.runLater(fixture.window.commands()::newYear);
        WindowFixture.waitUntil(() -> robot.lookup("#newYearDialog").tryQuery().isPresent());

        assertEquals(List.of("Strategic", "Front End", "Back End"), robot.lookup(".carry-group").queryAll().stream()
                .map(n -> ((CheckBox) n).getText()).toList(), "grouped by area, each name once");
        assertTrue(box(robot, before, "CKAD").isSelected(), "unfinished work starts ticked");
        assertFalse(box(robot, before, "GatsbyJS").isSelected(), "done work starts unticked");
        assertFalse(box(robot, before, "CKA").isSelected());

        toggle(robot, box(robot, before, "Offer IaC"));
        assertFalse(box(robot, before, "Terraform scripts").isSelected(), "a goal's sub-points go with it");
        toggle(robot, box(robot, before, "Master GraalVM"));
        toggle(robot, box(robot, before, "GatsbyJS"));
        ComboBox<Stance> remix = stance(robot, before, "Remix");
        robot.interact(() -> remix.setValue(Stance.IMPROVE));
        assertEquals("Explore \u2192 Improve", remix.getConverter().toString(remix.getValue()));
        robot.clickOn(robot.lookup("#emptyNotes").queryAs(RadioButton.class));
        assertEquals("5 goals and items from 2022, unticked, notes empty, 1 stance moved.",
                robot.lookup("#carriedSummary").queryAs(Label.class).getText());
        robot.interact(create(robot)::fire);

        assertEquals(List.of(
                "2023",
                "  Strategic",
                "    Earn certs",
                "      CKAD",
                "  Tactical",
                "    Front End",
                "      App Frameworks",
                "        GatsbyJS Maintain",
                "        React Maintain",
                "        Remix Improve",
                "    Back End"), treeLines(robot, "2023"));
        Outline after = fixture.window.session().outline();
        assertTrue(after.preorder().stream().filter(n -> n.id() > 0 && before.find(n.id()).isEmpty())
                .allMatch(n -> n.notes().isEmpty() && !n.done()), "notes start empty, nothing ticked");
    }

    @Test
    void allAndNoneTickEveryLineOrNoneAndAGroupBoxTicksItsArea(FxRobot robot) {
        Outline before = fixture.window.session().outline();
        Platform.runLater(fixture.window.commands()::newYear);
        WindowFixture.waitUntil(() -> robot.lookup("#newYearDialog").tryQuery().isPresent());
        Label summary = robot.lookup("#carriedSummary").queryAs(Label.class);

        robot.interact(button(robot, "None")::fire);
        assertEquals("0 goals and items from 2022, unticked.", summary.getText());
        CheckBox frontEnd = robot.lookup(".carry-group").match(n -> ((CheckBox) n).getText().equals("Front End"))
                .queryAs(CheckBox.class);
        robot.clickOn(frontEnd);
        assertTrue(box(robot, before, "GatsbyJS").isSelected() && box(robot, before, "Remix").isSelected());
        assertEquals("3 goals and items from 2022, unticked.", summary.getText());
        robot.interact(button(robot, "All")::fire);
        assertEquals("9 goals and items from 2022, unticked.", summary.getText());
        toggle(robot, box(robot, before, "React"));
        assertTrue(frontEnd.isIndeterminate(), "the area's box shows that some of it is ticked");
        robot.interact(create(robot)::fire);

        List<String> lines = treeLines(robot, "2023");
        assertTrue(lines.contains("      CKA"), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("React")), lines.toString());
    }

    @Test
    void theDialogFollowsTheTheme(FxRobot robot) throws java.io.IOException {
        Platform.runLater(fixture.window.commands()::newYear);
        WindowFixture.waitUntil(() -> robot.lookup("#newYearDialog").tryQuery().isPresent());
        java.awt.image.BufferedImage light = snapshot(robot, "light");
        robot.interact(() -> create(robot).getScene().getWindow().hide());
        robot.interact(() -> fixture.window.options().darkTheme().set(true));
        Platform.runLater(fixture.window.commands()::newYear);
        WindowFixture.waitUntil(() -> robot.lookup("#newYearDialog").tryQuery().isPresent());
        java.awt.image.BufferedImage dark = snapshot(robot, "dark");
        // Inside the list, right of its lines: the list's own background.
        assertThat(brightness(light.getRGB(light.getWidth() - 40, light.getHeight() / 2))).isGreaterThan(200);
        assertThat(brightness(dark.getRGB(dark.getWidth() - 40, dark.getHeight() / 2))).isLessThan(80);
    }

    private static java.awt.image.BufferedImage snapshot(FxRobot robot, String theme) throws java.io.IOException {
        return SceneShots.take(robot, robot.lookup("#newYearDialog").query().getScene(), "new-year-" + theme);
    }

    private static int brightness(int argb) {
        return SceneShots.brightness(argb);
    }

    /** Ticks or unticks as Space on the focused box does (a click may land on a line scrolled out of sight). */
    private static void toggle(FxRobot robot, CheckBox box) {
        robot.interact(box::fire);
    }

    private static CheckBox box(FxRobot robot, Outline outline, String name) {
        return robot.lookup("#carry-" + id(outline, name)).queryAs(CheckBox.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Stance> stance(FxRobot robot, Outline outline, String name) {
        return robot.lookup("#stance-" + id(outline, name)).queryAs(ComboBox.class);
    }

    private static long id(Outline outline, String name) {
        return outline.preorder().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static Button create(FxRobot robot) {
        return button(robot, "Create year");
    }

    private static Button button(FxRobot robot, String text) {
        // The dialog's own buttons: the window behind it has buttons with the same words (the note's "All").
        return robot.from(robot.lookup("#newYearDialog").queryAll()).lookup(".button")
                .match(n -> n instanceof Button b && text.equals(b.getText())).query();
    }

    /** The tree's lines under the year, indented by depth, items with their stance badge's word. */
    private List<String> treeLines(FxRobot robot, String year) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            TreeItem<Row> root = fixture.window.tree().view().getRoot();
            root.getChildren().stream().filter(i -> i.getValue().node() != null
                    && i.getValue().node().name().equals(year)).findFirst()
                    .ifPresent(i -> collect(i, 0, out));
        });
        return out;
    }

    private static void collect(TreeItem<Row> item, int depth, List<String> out) {
        var n = item.getValue().node();
        out.add("  ".repeat(depth) + n.name() + (n.stance() == null ? "" : " " + n.stance().label()));
        item.getChildren().forEach(c -> collect(c, depth + 1, out));
    }
}
