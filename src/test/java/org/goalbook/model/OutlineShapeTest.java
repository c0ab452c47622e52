package org.goalbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one rule of what may stand under what, and the edits that ask it. */
class OutlineShapeTest {
    private final SamplePlan s = new SamplePlan();
    private final Outline outline = s.outline();

    @Test
    void nothingStandsUnderAPageBecauseAPageIsItsTextAsWritten() {
        for (NodeKind kind : NodeKind.values()) {
            assertFalse(OutlineShape.fits(kind, NodeKind.PAGE), kind + " under a page");
        }
        assertNull(OutlineShape.childKind(NodeKind.PAGE));
        Node react = outline.get(s.react);
        assertEquals("Pages hold Markdown text; write in the editor to add to \"Log (LIFO)\".",
                OutlineShape.refusal(outline, react, s.log, -1));
        assertThrows(EditRefused.class, () -> OutlineEdits.move(outline, s.spa, s.log, -1));
        assertThrows(EditRefused.class, () -> OutlineEdits.add(outline, s.log, -1, NodeKind.ITEM, "x", null));
    }

    @Test
    void aListUnderTacticalStandsBeforeItsFirstArea() {
        assertTrue(OutlineShape.fits(NodeKind.ITEM, NodeKind.TACTICAL));
        assertTrue(OutlineShape.fits(NodeKind.TOPIC, NodeKind.TACTICAL));
        assertTrue(OutlineShape.holdsStanceLines(NodeKind.TACTICAL));
        assertEquals(-1, OutlineShape.outOfOrder(NodeKind.TACTICAL,
                List.of(NodeKind.STANCE_LINE, NodeKind.ITEM, NodeKind.AREA, NodeKind.AREA)));
        assertEquals(2, OutlineShape.outOfOrder(NodeKind.TACTICAL,
                List.of(NodeKind.ITEM, NodeKind.AREA, NodeKind.TOPIC)));

        Outline after = OutlineEdits.preview(outline, OutlineEdits.move(outline, s.spa, s.tactical, 0));
        assertEquals(List.of("Master SPA and webworkers", "Front End", "Back End"),
                after.children(s.tactical).stream().map(Node::name).toList());
        EditRefused refused = assertThrows(EditRefused.class, () -> OutlineEdits.move(outline, s.spa, s.tactical, -1));
        assertEquals("Under \"Tactical\" the list lines come before the first area, or the journal would read them as "
                + "part of that area; \"Master SPA and webworkers\" cannot go there.", refused.getMessage());
    }

    @Test
    void eachKindHasItsPlaces() {
        assertTrue(OutlineShape.fits(NodeKind.YEAR, null));
        assertTrue(OutlineShape.fits(NodeKind.PAGE, null));
        assertFalse(OutlineShape.fits(NodeKind.GOAL, null));
        assertTrue(OutlineShape.fits(NodeKind.GOAL, NodeKind.YEAR));
        assertFalse(OutlineShape.fits(NodeKind.GOAL, NodeKind.AREA));
        assertFalse(OutlineShape.fits(NodeKind.AREA, NodeKind.AREA));
        assertTrue(OutlineShape.fits(NodeKind.ITEM, NodeKind.ITEM));
        assertEquals(NodeKind.AREA, OutlineShape.childKind(NodeKind.TACTICAL));
        assertEquals(NodeKind.YEAR, OutlineShape.childKind(null));
        for (NodeKind parent : NodeKind.values()) {
            NodeKind child = OutlineShape.childKind(parent);
            assertTrue(child == null || OutlineShape.fits(child, parent), "a new line under " + parent + " fits");
        }
    }

    @Test
    void aMoveKeepsTheShape() {
        EditRefused refused = assertThrows(EditRefused.class, () -> OutlineEdits.move(outline, s.react, s.consultant,
                -1));
        assertEquals("\"React\" is a skill item and cannot go into \"Work as a consultant\", which is a goal.",
                refused.getMessage());
        assertThrows(EditRefused.class, () -> OutlineEdits.move(outline, s.consultant, s.legacy, -1));
        assertThrows(EditRefused.class, () -> OutlineEdits.move(outline, s.next, s.react, -1));
        assertThrows(EditRefused.class, () -> OutlineEdits.move(outline, s.golang, 0, -1));
    }
}
