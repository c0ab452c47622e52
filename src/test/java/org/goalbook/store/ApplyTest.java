package org.goalbook.store;

import static org.goalbook.store.SampleNotebook.APP_FRAMEWORKS;
import static org.goalbook.store.SampleNotebook.FRONT_END;
import static org.goalbook.store.SampleNotebook.GATSBY;
import static org.goalbook.store.SampleNotebook.REACT;
import static org.goalbook.store.SampleNotebook.SKIP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.goalbook.model.Change;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Stance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyTest {
    @TempDir
    Path dir;
    private NotebookStore store;
    private List<Node> original;

    @BeforeEach
    void open() {
        store = NotebookStore.open(dir.resolve("n.goalbook"));
        store.replaceAll(SampleNotebook.notebook());
        original = rows();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void newNodesWithPlaceholderIdsGetRealIdsAndUndoRedoRoundTrips() {
        List<Change> add = List.of(
                new Change.Put(new Node(-1, FRONT_END, 3, NodeKind.TOPIC, "Testing", null, false, null, null, "",
                        false, null)),
                new Change.Put(new Node(-2, -1, 0, NodeKind.STANCE_LINE, "Explore", Stance.EXPLORE, false, null,
                        null, "", false, null)),
                new Change.Put(new Node(-3, -2, 0, NodeKind.ITEM, "Playwright", Stance.EXPLORE, false, null, null,
                        "", true, null)));
        List<Change> undo = store.apply(add);

        Node topic = only(store.outline().children(FRONT_END), "Testing");
        Node line = store.outline().children(topic.id()).get(0);
        Node item = store.outline().children(line.id()).get(0);
        assertTrue(topic.id() > SampleNotebook.GOLANG && line.id() > 0 && item.id() > 0);
        assertEquals("Playwright", item.name());
        assertEquals(List.of(new Change.Remove(item.id()), new Change.Remove(line.id()),
                new Change.Remove(topic.id())), undo);
        List<Node> afterAdd = rows();

        List<Change> redo = store.apply(undo);
        assertEquals(original, rows());
        store.apply(redo);
        assertEquals(afterAdd, rows(), "redo brings the nodes back under the same ids");
        assertEquals(List.of(), store.check());
    }

    @Test
    void anOverwriteIsUndoneByTheOldRow() {
        List<Change> undo = store.apply(OutlineEdits.tick(store.outline(), REACT, true, LocalDate.of(2022, 6, 1)));
        Node ticked = store.find(REACT).orElseThrow();
        assertTrue(ticked.done());
        assertEquals(LocalDate.of(2022, 6, 1), ticked.doneOn());

        List<Change> redo = store.apply(undo);
        assertEquals(original, rows());
        store.apply(redo);
        assertEquals(ticked, store.find(REACT).orElseThrow());
    }

    @Test
    void removingAnAreaTakesItsSubtreeAndUndoPutsBackEveryRowParentsFirst() {
        List<Change> undo = store.apply(OutlineEdits.delete(store.outline(), FRONT_END));
        assertTrue(store.find(FRONT_END).isEmpty());
        assertTrue(store.find(REACT).isEmpty(), "the cascade removes the items too");
        assertEquals(0, store.resources().get(0).nodeId(), "React's link is kept, detached");
        assertEquals(List.of(), store.search("React", 10));

        Set<Long> seen = new HashSet<>(Set.of(SampleNotebook.TACTICAL));
        for (Change change : undo) {
            Node node = ((Change.Put) change).node();
            assertTrue(seen.contains(node.parentId()), "parent of " + node.name() + " is put back before it");
            seen.add(node.id());
        }

        List<Change> redo = store.apply(undo);
        assertEquals(original, rows());
        assertEquals(SampleNotebook.notebook().resources(), store.resources(), "the link hangs on React again");
        assertEquals(REACT, store.search("React", 10).get(0).nodeId());

        store.apply(redo);
        assertTrue(store.find(FRONT_END).isEmpty());
    }

    @Test
    void aMoveBetweenStanceLinesIsUndone() {
        List<Change> undo = store.apply(OutlineEdits.move(store.outline(), GATSBY, SKIP, -1));
        Node moved = store.find(GATSBY).orElseThrow();
        assertEquals(SKIP, moved.parentId());
        assertEquals(Stance.SKIP, moved.stance());
        assertEquals(List.of(), store.check(), "positions on both lines stay 0..n-1");

        store.apply(undo);
        assertEquals(original, rows());
    }

    @Test
    void aPutWithAnUnknownPositiveIdInsertsUnderThatId() {
        Node page = SampleNotebook.node(500, 0, 3, NodeKind.PAGE, "Books").withNotes("## Books\n");
        List<Change> undo = store.apply(List.of(new Change.Put(page)));
        assertEquals(page, store.find(500).orElseThrow());
        assertEquals(List.of(new Change.Remove(500)), undo);
    }

    @Test
    void anActionThatFailsHalfWayChangesNothing() {
        Node renamed = store.find(REACT).orElseThrow().withName("React 18");
        Node orphan = SampleNotebook.node(0, 999, 0, NodeKind.ITEM, "Orphan");
        NotebookException e = assertThrows(NotebookException.class,
                () -> store.apply(List.of(new Change.Put(renamed), new Change.Put(orphan))));
        assertTrue(e.getMessage().contains("n.goalbook"), e.getMessage());
        assertEquals(original, rows());
        assertEquals(REACT, store.search("React", 10).get(0).nodeId());
    }

    @Test
    void aNodeCannotBePutInsideItself() {
        Node looped = store.find(APP_FRAMEWORKS).orElseThrow().withParent(GATSBY, 0);
        assertThrows(IllegalArgumentException.class, () -> store.apply(List.of(new Change.Put(looped))));
        assertEquals(original, rows());
    }

    @Test
    void aPlaceholderParentMustBeCreatedEarlierInTheSameAction() {
        Node child = SampleNotebook.node(-2, -1, 0, NodeKind.ITEM, "Lost");
        assertThrows(IllegalArgumentException.class, () -> store.apply(List.of(new Change.Put(child))));
        assertEquals(original, rows());
    }

    @Test
    void anIdIsNeverHandedOutTwice() {
        List<Change> undo = store.apply(OutlineEdits.add(store.outline(), FRONT_END, -1, "First", null));
        long first = only(store.outline().children(FRONT_END), "First").id();
        store.apply(undo);
        store.apply(OutlineEdits.add(store.outline(), FRONT_END, -1, "Second", null));
        long second = only(store.outline().children(FRONT_END), "Second").id();
        assertNotEquals(first, second, "a stale redo of First can never overwrite Second");
    }

    @Test
    void removingWhatIsAlreadyGoneDoesNothing() {
        assertEquals(List.of(), store.apply(List.of(new Change.Remove(12345))));
        assertEquals(original, rows());
    }

    private List<Node> rows() {
        return store.outline().preorder();
    }

    private static Node only(List<Node> nodes, String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }
}
