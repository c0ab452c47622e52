package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;

import org.goalbook.model.NodeKind;
import org.goalbook.model.PlanBuilder;
import org.goalbook.model.Stance;
import org.goalbook.ui.editor.EditorPane;
import org.goalbook.ui.search.SearchBar;
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

/**
 * The tree stays where the user left it: edits never move the selection, the keyboard focus or the scroll position,
 * on a plan longer than the window.
 */
@ExtendWith(ApplicationExtension.class)
class TreeStaysPutTest {
    private static final int GOALS = 40;
    private static final int PER_STANCE = 20;

    @TempDir
    Path dir;
    private final PlanBuilder plan = new PlanBuilder();
    private final long year = plan.add(0, NodeKind.YEAR, "2022");
    private final long strategic = plan.add(year, NodeKind.STRATEGIC, "Strategic");
    private final long[] goals = new long[GOALS];
    private long topic;
    private final long[] maintained = new long[PER_STANCE];
    private final long[] improved = new long[PER_STANCE];
    private WindowFixture fixture;

    @BeforeEach
    void start() throws TimeoutException {
        for (int i = 0; i < GOALS; i++) {
            goals[i] = plan.add(strategic, NodeKind.GOAL, "Goal " + i);
        }
        long tactical = plan.add(year, NodeKind.TACTICAL, "Tactical");
        long area = plan.add(tactical, NodeKind.AREA, "Observability");
        topic = plan.add(area, NodeKind.TOPIC, "Dashboards");
        long maintain = plan.add(topic, NodeKind.STANCE_LINE, "Maintain", Stance.MAINTAIN, false);
        for (int i = 0; i < PER_STANCE; i++) {
            maintained[i] = plan.add(maintain, NodeKind.ITEM, "Kept " + i, Stance.MAINTAIN, false);
        }
        long improve = plan.add(topic, NodeKind.STANCE_LINE, "Improve", Stance.IMPROVE, false);
        for (int i = 0; i < PER_STANCE; i++) {
            improved[i] = plan.add(improve, NodeKind.ITEM, "Better " + i, Stance.IMPROVE, false);
        }
        fixture = WindowFixture.with(dir, plan.notebook());
        FxToolkit.setupStage(fixture::start);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        fixture.cleanUp(robot);
    }

    @Test
    void afterAStanceKeyMovesAnItemUpGoesToTheRowAboveItAndTheNextKeyChangesThatRow(FxRobot robot) {
        select(robot, maintained[5]);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertEquals(maintained[5], selectedId(), "the item stays selected in its new group");
        long above = idAt(robot, rowOf(robot, maintained[5]) - 1);
        assertEquals(improved[PER_STANCE - 1], above, "it stands last among the Improve items");

        robot.type(KeyCode.UP);
        assertEquals(above, selectedId(), "Up goes to the row just above");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertEquals(Stance.EXPLORE, fixture.window.session().outline().get(above).stance());
        assertEquals(Stance.IMPROVE, fixture.window.session().outline().get(maintained[5]).stance());
    }

    @Test
    void afterLeavingTheSearchTheArrowKeysGoOnFromTheSelectedRow(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("Kept 7");
        robot.type(KeyCode.ENTER);
        assertEquals(maintained[7], selectedId());
        robot.type(KeyCode.ESCAPE);

        robot.type(KeyCode.DOWN);
        assertEquals(maintained[8], selectedId());
        robot.type(KeyCode.UP).type(KeyCode.UP);
        assertEquals(maintained[6], selectedId());
    }

    @Test
    void tickRenameAndStanceLeaveTheScrollPositionAlone(FxRobot robot) {
        select(robot, goals[30]);
        robot.interact(() -> tree().scrollTo(20));
        int top = firstShownRow(robot);
        assertTrue(top > 0, "the tree is scrolled");

        robot.type(KeyCode.SPACE);
        assertTrue(fixture.window.session().outline().get(goals[30]).done());
        assertEquals(top, firstShownRow(robot), "after a tick");

        robot.type(KeyCode.F2);
        robot.eraseText(10).write("Goal thirty").type(KeyCode.ENTER);
        assertEquals("Goal thirty", fixture.window.session().outline().get(goals[30]).name());
        assertEquals(top, firstShownRow(robot), "after a rename");

        robot.type(KeyCode.DOWN, 20);
        long item = selectedId();
        int topNow = firstShownRow(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        assertEquals(Stance.SKIP, fixture.window.session().outline().get(item).stance());
        assertEquals(topNow, firstShownRow(robot), "after a stance change");
    }

    @Test
    void typingNotesLeavesTheTreeAlone(FxRobot robot) {
        select(robot, goals[30]);
        robot.interact(() -> tree().scrollTo(20));
        int top = firstShownRow(robot);
        Object[] itemBefore = new Object[1];
        robot.interact(() -> itemBefore[0] = TreeEditingTest.findItem(tree(), goals[30]));

        robot.clickOn("#" + EditorPane.EDITOR_ID).write("a course");
        WindowFixture.waitUntil(() -> fixture.window.session().outline().get(goals[30]).notes().equals("a course"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(top, firstShownRow(robot));
        assertEquals(goals[30], selectedId());
        robot.interact(() -> assertTrue(itemBefore[0] == TreeEditingTest.findItem(tree(), goals[30]),
                "the line was not rebuilt"));
    }

    @Test
    void aTickRedrawsItsLineAndTheCountsAboveItOnScreen(FxRobot robot) {
        select(robot, maintained[2]);
        assertEquals("0/40", shownCount(robot, topic));

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.scene.control.TreeCell<?> cell = shownCell(maintained[2]);
            assertTrue(((javafx.scene.control.CheckBox) cell.lookup(".done-box")).isSelected(), "the box is ticked");
            assertTrue(cell.getStyleClass().contains("done"), "the name is shown as done");
        });
        assertEquals("1/40", shownCount(robot, topic), "the topic's count on screen");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0/40", shownCount(robot, topic), "after undo");
        robot.interact(() -> assertTrue(!((javafx.scene.control.CheckBox) shownCell(maintained[2])
                .lookup(".done-box")).isSelected(), "the box is clear again"));

        robot.type(KeyCode.SPACE);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0/39", shownCount(robot, topic), "a skipped item counts no more, ticked or not");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1/40", shownCount(robot, topic), "back in the count with its tick");
    }

    // ---- helpers ----

    /** The cell on screen that draws a node's line. */
    private javafx.scene.control.TreeCell<?> shownCell(long id) {
        return tree().lookupAll(".goal-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TreeCell<?> c && c.isVisible()
                        && c.getItem() instanceof Row r && r.key() == id)
                .map(n -> (javafx.scene.control.TreeCell<?>) n).findFirst()
                .orElseThrow(() -> new AssertionError("no cell shows line " + id));
    }

    private String shownCount(FxRobot robot, long id) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = ((javafx.scene.control.Label) shownCell(id).lookup(".progress-text"))
                .getText());
        return text[0];
    }

    private TreeView<Row> tree() {
        return fixture.window.tree().view();
    }

    private void select(FxRobot robot, long id) {
        robot.interact(() -> {
            assertTrue(fixture.window.tree().select(id), "line " + id + " is shown");
            tree().requestFocus();
        });
    }

    private long selectedId() {
        return fixture.window.tree().selectedNodeProperty().get().id();
    }

    private int rowOf(FxRobot robot, long id) {
        int[] row = new int[1];
        robot.interact(() -> row[0] = tree().getRow(TreeEditingTest.findItem(tree(), id)));
        return row[0];
    }

    private long idAt(FxRobot robot, int row) {
        long[] id = new long[1];
        robot.interact(() -> id[0] = tree().getTreeItem(row).getValue().key());
        return id[0];
    }

    private int firstShownRow(FxRobot robot) {
        int[] row = new int[1];
        robot.interact(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) tree().lookup(".virtual-flow");
            row[0] = flow.getFirstVisibleCell().getIndex();
        });
        return row[0];
    }
}
