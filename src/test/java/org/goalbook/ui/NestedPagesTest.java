package org.goalbook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.model.Node;
import org.goalbook.store.NotebookStore;
import org.goalbook.ui.tree.GoalTree;
import org.goalbook.ui.tree.Row;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The user's journal in the window: pages nested by heading level, the navigation line no row of its own. */
class NestedPagesTest extends JournalWindowTest {
    @SuppressWarnings("unchecked")
    private TreeView<Row> tree(FxRobot robot) {
        return robot.lookup("#" + GoalTree.ID).queryAs(TreeView.class);
    }

    private TreeItem<Row> pagesGroup(FxRobot robot) {
        return tree(robot).getRoot().getChildren().stream().filter(i -> i.getValue().isPagesGroup()).findFirst()
                .orElseThrow();
    }

    private static List<String> texts(TreeItem<Row> parent) {
        return parent.getChildren().stream().map(i -> i.getValue().text()).toList();
    }

    private TreeItem<Row> pageLine(FxRobot robot, String name) {
        return pagesGroup(robot).getChildren().stream().filter(i -> i.getValue().text().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void summaryIsALineUnderItsPageAndTheNavigationLineIsNoLine(FxRobot robot) {
        List<String> top = texts(pagesGroup(robot));
        assertThat(top).startsWith("Things I Bought", "A Raft of Google Stuff from Google IO", "Log (LIFO)");
        assertThat(top).doesNotContain("Summary").noneMatch(t -> t.startsWith("Log | Articles"));
        assertEquals(List.of("Summary"), texts(pageLine(robot, "A Raft of Google Stuff from Google IO")));
        assertThat(texts(pageLine(robot, "Chapter 1: Process, Framework, Skills"))).contains("SRE", "ModelOps");
    }

    @Test
    void altUpMovesAPageWithItsSummaryKeepsItSelectedAndUndoRestoresTheJournal(FxRobot robot) {
        Node raft = pageLine(robot, "A Raft of Google Stuff from Google IO").getValue().node();
        robot.interact(() -> fixture.window.tree().select(raft.id()));
        robot.interact(() -> tree(robot).requestFocus());
        robot.push(KeyCode.ALT, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(pagesGroup(robot))).startsWith("A Raft of Google Stuff from Google IO", "Things I Bought");
        assertEquals(List.of("Summary"), texts(pageLine(robot, "A Raft of Google Stuff from Google IO")));
        assertEquals(raft.id(), fixture.window.model().selected().id(), "the moved page stays selected");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(pagesGroup(robot))).startsWith("Things I Bought", "A Raft of Google Stuff from Google IO");
        fixture.cleanUp(robot);
        try (NotebookStore store = NotebookStore.open(fixture.notebook)) {
            assertEquals(journal, JournalExporter.write(store.notebook()), "undone, the export is the journal again");
        }
    }

    @Test
    void deleteTakesThePagesUnderItSelectsThePageAboveAndUndoBringsThemBack(FxRobot robot) {
        Node raft = pageLine(robot, "A Raft of Google Stuff from Google IO").getValue().node();
        robot.interact(() -> fixture.window.tree().select(raft.id()));
        robot.interact(() -> tree(robot).requestFocus());
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(pagesGroup(robot))).startsWith("Things I Bought", "Log (LIFO)").doesNotContain("Summary");
        assertEquals("Things I Bought", fixture.window.model().selected().displayName(), "the page above");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Summary"), texts(pageLine(robot, "A Raft of Google Stuff from Google IO")));
        assertEquals(journal, JournalExporter.write(fixture.window.session().notebook()));
    }

    @Test
    void aHeadingTypedOneLevelUpTakesThePageOutOfItsSection(FxRobot robot) {
        Node summary = pageLine(robot, "A Raft of Google Stuff from Google IO").getChildren().get(0).getValue()
                .node();
        robot.interact(() -> fixture.window.tree().select(summary.id()));
        robot.interact(() -> fixture.window.session().saveNotes(summary.id(),
                summary.notes().replace("### Summary", "## Summary")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(pagesGroup(robot))).containsSubsequence("A Raft of Google Stuff from Google IO", "Summary");
        assertEquals(List.of(), texts(pageLine(robot, "A Raft of Google Stuff from Google IO")));
        assertEquals(summary.id(), fixture.window.model().selected().id(), "still selected after it moved out");
    }
}
