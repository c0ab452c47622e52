package org.goalbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.goalbook.model.TreeMoves.Drop;
import org.goalbook.model.TreeMoves.Target;
import org.junit.jupiter.api.Test;

class TreeMovesTest {
    private final SamplePlan s = new SamplePlan();
    private final Outline outline = s.outline();

    @Test
    void upAndDownSwapNeighboursAmongSiblings() {
        Outline after = apply(s.certs, TreeMoves.up(outline, s.certs));
        assertEquals(List.of("Earn Kubernetes certs", "Work as a consultant"), names(after, s.strategic));
        after = apply(s.consultant, TreeMoves.down(outline, s.consultant));
        assertEquals(List.of("Earn Kubernetes certs", "Work as a consultant"), names(after, s.strategic));
        after = apply(s.gatsby, TreeMoves.down(outline, s.gatsby));
        assertEquals(List.of("React", "GatsbyJS"), names(after, s.maintain));
    }

    @Test
    void yearsAndPagesMoveAmongTheirOwnKind() {
        Outline after = apply(s.log, TreeMoves.up(outline, s.log));
        assertEquals(List.of("Log (LIFO)", "Things I Bought", "2022", "2023"),
                after.roots().stream().map(Node::name).toList());
        after = apply(s.y2023, TreeMoves.up(outline, s.y2023));
        assertEquals(List.of("Things I Bought", "2023", "2022", "Log (LIFO)"),
                after.roots().stream().map(Node::name).toList());
    }

    @Test
    void anItemStaysInsideItsStanceGroup() {
        EditRefused refused = assertThrows(EditRefused.class, () -> TreeMoves.down(outline, s.react));
        assertEquals("\"React\" stays with the other Maintain items; change its stance to move it to another group.",
                refused.getMessage());
        assertThrows(EditRefused.class, () -> TreeMoves.up(outline, s.consultant));
    }

    @Test
    void indentGoesIntoTheLineAbove() {
        Outline after = apply(s.spa, TreeMoves.indent(outline, s.spa));
        assertEquals("Master SPA and webworkers", after.children(s.frameworks).get(3).displayName());
        after = apply(s.certs, TreeMoves.indent(outline, s.certs));
        assertEquals(List.of("Modernize legacy Java web apps", "Earn Kubernetes certs"), names(after, s.consultant));
        assertThrows(EditRefused.class, () -> TreeMoves.indent(outline, s.consultant));
    }

    @Test
    void outdentPlacesTheNodeRightAfterItsShownParent() {
        Outline after = apply(s.legacy, TreeMoves.outdent(outline, s.legacy));
        assertEquals(List.of("Work as a consultant", "Modernize legacy Java web apps", "Earn Kubernetes certs"),
                names(after, s.strategic));
        after = apply(s.react, TreeMoves.outdent(outline, s.react));
        assertEquals(List.of("Maintain", "App Frameworks", "Master SPA and webworkers"), names(after, s.frontEnd));
        assertEquals(Stance.MAINTAIN, after.get(s.react).stance(), "it joins the area's Maintain line");
        EditRefused refused = assertThrows(EditRefused.class, () -> TreeMoves.outdent(outline, s.frameworks));
        assertEquals("Under \"Tactical\" the list lines come before the first area, or the journal would read them as "
                + "part of that area; \"App Frameworks\" cannot go there.", refused.getMessage());
        assertThrows(EditRefused.class, () -> TreeMoves.outdent(outline, s.strategic));
    }

    @Test
    void droppingBeforeAfterOrIntoALine() {
        Outline after = apply(s.spa, TreeMoves.drop(outline, s.spa, s.gatsby, Drop.AFTER));
        assertEquals(List.of("GatsbyJS", "Master SPA and webworkers", "React"), names(after, s.maintain));
        assertEquals(Stance.MAINTAIN, after.get(s.spa).stance(), "dropped among Maintain items it is one of them");
        after = apply(s.graphql, TreeMoves.drop(outline, s.graphql, s.frameworks, Drop.INTO));
        assertEquals(Stance.EXPLORE, after.parent(after.get(s.graphql)).orElseThrow().stance(),
                "dropped into a topic it joins the topic's Explore line");
        after = apply(s.certs, TreeMoves.drop(outline, s.certs, s.consultant, Drop.BEFORE));
        assertEquals(List.of("Earn Kubernetes certs", "Work as a consultant"), names(after, s.strategic));

        assertFalse(TreeMoves.canDrop(outline, s.react, s.consultant, Drop.INTO), "an item is no goal");
        assertFalse(TreeMoves.canDrop(outline, s.next, s.react, Drop.INTO), "a comma list holds no sub-points");
        assertFalse(TreeMoves.canDrop(outline, s.consultant, s.legacy, Drop.INTO), "not into itself");
        assertFalse(TreeMoves.canDrop(outline, s.frontEnd, s.y2023, Drop.INTO));
        assertTrue(TreeMoves.canDrop(outline, s.golang, s.consultant, Drop.INTO));
    }

    private Outline apply(long id, Target target) {
        return OutlineEdits.preview(outline, OutlineEdits.move(outline, id, target.parentId(), target.index()));
    }

    private static List<String> names(Outline outline, long parentId) {
        return outline.children(parentId).stream().map(Node::displayName).toList();
    }
}
