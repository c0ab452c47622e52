package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;

import org.goalbook.model.Node;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;
import org.goalbook.ui.tree.Row;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Editing in the goal tree with the keyboard and the context menu: every edit is stored and can be undone. */
class TreeEditingTest extends SampleWindowTest {
    @Test
    void spaceTicksTheSelectedItemAndTheTickIsStored(FxRobot robot) {
        select(robot, sample.react);
        robot.type(KeyCode.SPACE);

        Node react = fixture.storedAfterClose(robot).get(sample.react);
        assertTrue(react.done());
        assertEquals(LocalDate.of(2022, 5, 1), react.doneOn());
    }

    @Test
    void shiftF10OpensTheContextMenuOfTheSelectedLine(FxRobot robot) {
        select(robot, sample.graphql);
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        WindowFixture.waitUntil(() -> fixture.window.tree().contextMenu().isShowing());
        // The menu opens on "Stance": right into its submenu (Maintain), down to Explore.
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN, 2).type(KeyCode.ENTER);
        assertEquals(Stance.EXPLORE, outline().get(sample.graphql).stance());
    }

    @Test
    void aRightClickRequestOpensTheContextMenu(FxRobot robot) {
        select(robot, sample.graphql);
        // What a right-click sends; the headless platform does not send it for a press of the right button.
        robot.interact(() -> javafx.event.Event.fireEvent(fixture.window.tree().view(),
                new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                        20, 20, 100, 100, false, null)));
        WindowFixture.waitUntil(() -> fixture.window.tree().view().getContextMenu() != null
                && fixture.window.tree().view().getContextMenu().isShowing());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void clickingTheDoneBoxTicksAndUndoUnticks(FxRobot robot) {
        select(robot, sample.next);
        robot.clickOn(robot.lookup(".goal-cell").match(cellOf(sample.next)).lookup(".done-box")
                .queryAs(javafx.scene.Node.class));
        assertTrue(outline().get(sample.next).done());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertFalse(fixture.storedAfterClose(robot).get(sample.next).done());
    }

    @Test
    void stanceKeysAndTheContextMenuSetTheStance(FxRobot robot) {
        select(robot, sample.spa);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertEquals(Stance.IMPROVE, outline().get(sample.spa).stance());

        select(robot, sample.graphql);
        // The headless platform sends no context-menu request for a right click: open the tree's menu directly.
        robot.interact(() -> fixture.window.tree().contextMenu()
                .show(cellNode(robot, sample.graphql), javafx.geometry.Side.BOTTOM, 0, 0));
        // The menu opens on "Stance": right into its submenu (Maintain), down to Skip.
        robot.type(KeyCode.RIGHT).type(KeyCode.DOWN, 3).type(KeyCode.ENTER);
        assertEquals(Stance.SKIP, outline().get(sample.graphql).stance());

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        Outline stored = fixture.storedAfterClose(robot);
        assertEquals(null, stored.get(sample.graphql).stance());
        assertEquals(Stance.IMPROVE, stored.get(sample.spa).stance());
    }

    @Test
    void aRefusedEditIsANoticeNotADialog(FxRobot robot) {
        select(robot, sample.consultant);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);

        assertTrue(fixture.window.status().message().startsWith("Only skill items have a stance"),
                fixture.window.status().message());
        assertEquals(null, outline().get(sample.consultant).stance());
    }

    @Test
    void ctrlEnterAddsALineAfterAndNamesItInPlace(FxRobot robot) {
        select(robot, sample.spa);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        robot.write("Master Typescript").type(KeyCode.ENTER);

        List<String> names = names(outline(), sample.frontEnd);
        assertEquals(List.of("App Frameworks", "Master SPA and webworkers", "Master Typescript"), names);
        assertEquals("Master Typescript", selected().displayName());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(2, outline().children(sample.frontEnd).size(), "one undo takes back the line with its name");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(List.of("App Frameworks", "Master SPA and webworkers", "Master Typescript"),
                names(outline(), sample.frontEnd), "one redo brings both back");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(List.of("App Frameworks", "Master SPA and webworkers", "Master Typescript"),
                names(fixture.storedAfterClose(robot), sample.frontEnd));
    }

    @Test
    void aClickOnTheSelectedLineDoesNotStartARenameButADoubleClickDoes(FxRobot robot) {
        select(robot, sample.golang);
        robot.clickOn(cellNode(robot, sample.golang));
        org.testfx.util.WaitForAsyncUtils.sleep(700, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, fixture.window.tree().view().getEditingItem(), "a click only selects");

        robot.type(KeyCode.F2);
        assertTrue(fixture.window.tree().view().getEditingItem() != null, "F2 right after a click renames");
        robot.type(KeyCode.ESCAPE);
        robot.doubleClickOn(cellNode(robot, sample.golang));
        assertTrue(fixture.window.tree().view().getEditingItem() != null, "a double-click renames");
        robot.type(KeyCode.ESCAPE);
        assertEquals("Master GoLang", outline().get(sample.golang).name());
    }

    @Test
    void hoveringALineCutOffAtTheTreesEdgeShowsTheWholeName(FxRobot robot) {
        String longName = "Master GoLang: concurrency, generics, profiling, the standard library, modules, testing, "
                + "fuzzing, the runtime scheduler and the garbage collector";
        robot.interact(() -> fixture.window.session().edit(o -> org.goalbook.model.OutlineEdits.rename(o,
                sample.golang, longName)));

        robot.moveTo(cellNode(robot, sample.rust));
        assertEquals(null, ((javafx.scene.control.Control) cellNode(robot, sample.rust)).getTooltip(),
                "a name that fits has no tooltip");
        // The line is wider than the tree: point at its start, the part on screen.
        robot.moveTo(cellNode(robot, sample.golang), javafx.geometry.Pos.CENTER_LEFT, new javafx.geometry.Point2D(60, 0),
                org.testfx.robot.Motion.DIRECT);
        javafx.scene.control.Tooltip tip = ((javafx.scene.control.Control) cellNode(robot, sample.golang)).getTooltip();
        assertTrue(tip != null && tip.getText().equals(longName), "the whole name on hover");
    }

    @Test
    void escWhileNamingANewLineTakesItAwayAgain(FxRobot robot) {
        select(robot, sample.strategic);
        robot.type(KeyCode.INSERT);
        robot.type(KeyCode.ESCAPE);

        assertEquals(List.of("Work as a consultant", "Earn Kubernetes certs"), names(outline(), sample.strategic));
    }

    @Test
    void f2RenamesEscCancelsAndUndoRestores(FxRobot robot) {
        select(robot, sample.golang);
        robot.type(KeyCode.F2);
        robot.eraseText(20).write("Master Go").type(KeyCode.ENTER);
        assertEquals("Master Go", outline().get(sample.golang).name());

        robot.type(KeyCode.F2);
        robot.write("nonsense").type(KeyCode.ESCAPE);
        assertEquals("Master Go", outline().get(sample.golang).name());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("Master GoLang", fixture.storedAfterClose(robot).get(sample.golang).name());
    }

    @Test
    void deleteRemovesTheSubtreeAndUndoBringsItBackWithTheSameIds(FxRobot robot) {
        select(robot, sample.consultant);
        robot.type(KeyCode.DELETE);
        assertTrue(outline().find(sample.consultant).isEmpty());
        assertTrue(outline().find(sample.legacy).isEmpty());
        assertEquals("Earn Kubernetes certs", selected().displayName(), "the selection moves to a neighbour");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        Outline stored = fixture.storedAfterClose(robot);
        assertEquals("Work as a consultant", stored.get(sample.consultant).name());
        assertEquals(sample.consultant, stored.get(sample.legacy).parentId());
        assertEquals(0, stored.get(sample.consultant).position());
    }

    @Test
    void altArrowsMoveAmongSiblingsAndOutAndIn(FxRobot robot) {
        select(robot, sample.certs);
        robot.push(KeyCode.ALT, KeyCode.UP);
        assertEquals(List.of("Earn Kubernetes certs", "Work as a consultant"), names(outline(), sample.strategic));
        assertEquals(sample.certs, selected().id(), "the moved line stays selected");

        robot.push(KeyCode.ALT, KeyCode.DOWN);
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertEquals(List.of("Modernize legacy Java web apps", "Earn Kubernetes certs"),
                names(outline(), sample.consultant));

        robot.push(KeyCode.ALT, KeyCode.LEFT);
        assertEquals(List.of("Work as a consultant", "Earn Kubernetes certs"), names(outline(), sample.strategic));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(sample.consultant, outline().get(sample.certs).parentId(), "undo puts it back inside");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(List.of("Work as a consultant", "Earn Kubernetes certs"),
                names(fixture.storedAfterClose(robot), sample.strategic));
    }

    @Test
    void copyAndPasteATopicAsMarkdownAndCutAnItem(FxRobot robot) {
        select(robot, sample.frameworks);
        robot.push(KeyCode.CONTROL, KeyCode.C);
        select(robot, sample.backEnd);
        robot.push(KeyCode.CONTROL, KeyCode.V);

        List<Node> backEnd = outline().children(sample.backEnd);
        assertEquals("App Frameworks", backEnd.get(backEnd.size() - 1).name());
        assertEquals("App Frameworks", selected().name(), "the pasted topic is selected");
        assertEquals(3, outline().children(selected().id()).size(), "its three stance lines came along");
        assertEquals(4, outline().subtree(selected().id()).stream().filter(n -> n.kind().isTickable()).count(),
                "with their four items");

        select(robot, sample.spa);
        robot.push(KeyCode.CONTROL, KeyCode.X);
        assertTrue(outline().find(sample.spa).isEmpty());
        select(robot, sample.golang);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertEquals(List.of("Master GoLang", "Master SPA and webworkers", "Explore Rust"),
                names(fixture.storedAfterClose(robot), sample.y2023));
    }

    @Test
    void dragAndDropMovesALine(FxRobot robot) {
        javafx.scene.Node from = cellNode(robot, sample.certs);
        javafx.scene.Node to = cellNode(robot, sample.consultant);
        robot.drag(from).moveTo(to).moveBy(0, -to.getBoundsInLocal().getHeight() / 2 + 2).drop();

        assertEquals(List.of("Earn Kubernetes certs", "Work as a consultant"), names(outline(), sample.strategic));
    }

    @Test
    void theTreeKeepsWhatIsOpenAcrossEdits(FxRobot robot) {
        TreeView<Row> tree = fixture.window.tree().view();
        robot.interact(() -> fixture.window.tree().select(sample.legacy));
        select(robot, sample.react);
        robot.type(KeyCode.SPACE);

        robot.interact(() -> assertTrue(findItem(tree, sample.consultant).isExpanded(),
                "a goal opened by the user stays open"));
        assertEquals(sample.react, selected().id());
    }

    // ---- helpers ----

    private void select(FxRobot robot, long id) {
        robot.interact(() -> {
            assertTrue(fixture.window.tree().select(id), "line " + id + " is shown");
            fixture.window.tree().view().requestFocus();
        });
    }

    private Outline outline() {
        return fixture.window.session().outline();
    }

    private Node selected() {
        return fixture.window.tree().selectedNodeProperty().get();
    }

    private static List<String> names(Outline outline, long parentId) {
        return outline.children(parentId).stream().map(Node::displayName).toList();
    }

    private static java.util.function.Predicate<javafx.scene.Node> cellOf(long id) {
        return n -> n instanceof javafx.scene.control.TreeCell<?> c && c.getItem() instanceof Row r && r.key() == id
                && c.isVisible() && c.getScene() != null && c.getParent() != null && c.getParent().isVisible();
    }

    private static javafx.scene.Node cellNode(FxRobot robot, long id) {
        return robot.lookup(".goal-cell").match(cellOf(id)).query();
    }

    static javafx.scene.control.TreeItem<Row> findItem(TreeView<Row> tree, long id) {
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            var item = tree.getTreeItem(i);
            if (item.getValue() != null && item.getValue().key() == id) {
                return item;
            }
        }
        throw new AssertionError("no shown line for " + id);
    }
}
