package org.goalbook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;

import org.fxmisc.richtext.CodeArea;
import org.goalbook.model.NodeKind;
import org.goalbook.model.PlanBuilder;
import org.goalbook.ui.editor.EditorPane;
import org.goalbook.ui.tree.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Task items in a page's text are lines of the tree under the page: shown, ticked with Space, undone, counted. */
@ExtendWith(ApplicationExtension.class)
class PageTasksInTreeTest {
    private static final String NOTES = "Reading list\n\n- [ ] read the SRE book\n* [x] watch the talk\n"
            + "```\n- [ ] not a task, code\n```\n1. [ ] write it up\n";

    @TempDir
    Path dir;
    private final PlanBuilder plan = new PlanBuilder();
    private final long year = plan.add(0, NodeKind.YEAR, "2022");
    private final long goal = plan.add(plan.add(year, NodeKind.STRATEGIC, "Strategic"), NodeKind.GOAL, "Learn Go");
    private final long page = plan.add(0, NodeKind.PAGE, "Books");
    private WindowFixture fixture;

    @BeforeEach
    void start() throws TimeoutException {
        plan.notes(page, NOTES);
        fixture = WindowFixture.with(dir, plan.notebook());
        FxToolkit.setupStage(fixture::start);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        fixture.cleanUp(robot);
    }

    @Test
    void aPageShowsItsTasksAsLinesAndCountsThem(FxRobot robot) {
        TreeItem<Row> line = pageLine(robot);
        assertThat(taskRows(line)).containsExactly("[ ] read the SRE book", "[x] watch the talk", "[ ] write it up");
        assertEquals("1/3", line.getValue().progress().toString(), "the page counts its tasks");
        assertEquals("1/3", line.getParent().getValue().progress().toString(), "the pages group counts them too");
    }

    @Test
    void spaceTicksATaskByFlippingOneCharacterAndUndoBringsItBack(FxRobot robot) {
        TreeItem<Row> task = pageLine(robot).getChildren().get(0);
        robot.interact(() -> {
            tree(robot).getSelectionModel().select(task);
            tree(robot).requestFocus();
        });
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        String ticked = storedNotes();
        assertEquals(NOTES.replace("- [ ] read", "- [x] read"), ticked, "exactly that one character changed");
        assertThat(taskRows(pageLine(robot)).get(0)).isEqualTo("[x] read the SRE book");
        assertEquals("2/3", pageLine(robot).getValue().progress().toString());
        assertEquals("read the SRE book", selectedRow(robot).text(), "the task line stays selected");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NOTES, storedNotes());
        assertThat(taskRows(pageLine(robot)).get(0)).isEqualTo("[ ] read the SRE book");
    }

    @Test
    void aTaskTypedIntoThePageNotesShowsAsANewLineAfterAutosave(FxRobot robot) {
        robot.interact(() -> fixture.window.tree().select(page));
        CodeArea editor = robot.lookup("#" + EditorPane.EDITOR_ID).queryAs(CodeArea.class);
        robot.interact(() -> editor.appendText("- [ ] x\n"));
        WindowFixture.waitUntil(() -> storedNotes().endsWith("- [ ] x\n"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(taskRows(pageLine(robot))).endsWith("[ ] x");
        assertEquals("1/4", pageLine(robot).getValue().progress().toString());
    }

    @Test
    void aTaskLineIsNotDeletedRenamedOrMoved(FxRobot robot) {
        TreeItem<Row> task = pageLine(robot).getChildren().get(1);
        robot.interact(() -> {
            tree(robot).getSelectionModel().select(task);
            tree(robot).requestFocus();
        });
        robot.push(KeyCode.DELETE);
        robot.push(KeyCode.F2);
        robot.push(KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NOTES, storedNotes(), "the page's text is as it was");
        assertThat(fixture.window.session().outline().find(page)).isPresent();
        assertThat(taskRows(pageLine(robot))).hasSize(3);
        assertEquals(null, tree(robot).getEditingItem());
        assertThat(fixture.window.model().notice().get()).startsWith("\u201cwatch the talk\u201d is a line of the page's text");
    }

    @Test
    void clickingATaskLinesBoxTicksIt(FxRobot robot) {
        robot.interact(() -> {
            pageLine(robot).getParent().setExpanded(true);
            pageLine(robot).setExpanded(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node third = robot.lookup(".kind-page-task").queryAll().stream()
                .filter(c -> ((javafx.scene.control.TreeCell<?>) c).getItem() instanceof Row r && r.task().number() == 3)
                .findFirst().orElseThrow().lookup(".done-box");
        robot.clickOn(third);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NOTES.replace("1. [ ] write", "1. [x] write"), storedNotes());
        assertEquals("2/3", pageLine(robot).getValue().progress().toString());
    }

    @Test
    void aTaskIsASearchMatchOfItsOwnThatEnterSelects(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("talk");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> matched = new ArrayList<>();
        for (TreeItem<Row> t : pageLine(robot).getChildren()) {
            if (t.getValue().match()) {
                matched.add(t.getValue().text());
            }
        }
        assertThat(matched).containsExactly("watch the talk");
        assertEquals("2 matches. Enter: next match.", fixture.window.model().notice().get(), "the page and its task");

        robot.type(KeyCode.ENTER);
        assertEquals(null, selectedRow(robot).task(), "the page comes first");
        robot.type(KeyCode.ENTER);
        assertEquals("watch the talk", selectedRow(robot).text());
        assertEquals(page, selectedRow(robot).node().id());
        robot.type(KeyCode.ENTER);
        assertEquals(null, selectedRow(robot).task(), "Enter goes on from the task, back to the page");
    }

    private String storedNotes() {
        return fixture.window.session().outline().get(page).notes();
    }

    private TreeView<Row> tree(FxRobot robot) {
        return fixture.window.tree().view();
    }

    private Row selectedRow(FxRobot robot) {
        return tree(robot).getSelectionModel().getSelectedItem().getValue();
    }

    private TreeItem<Row> pageLine(FxRobot robot) {
        for (TreeItem<Row> top : tree(robot).getRoot().getChildren()) {
            if (top.getValue().isPagesGroup()) {
                for (TreeItem<Row> p : top.getChildren()) {
                    if (p.getValue().key() == page) {
                        return p;
                    }
                }
            }
        }
        throw new AssertionError("no line for the page");
    }

    private static List<String> taskRows(TreeItem<Row> line) {
        List<String> out = new ArrayList<>();
        for (TreeItem<Row> t : line.getChildren()) {
            Row r = t.getValue();
            out.add((r.task() != null && r.task().done() ? "[x] " : "[ ] ") + r.text());
        }
        return out;
    }
}
