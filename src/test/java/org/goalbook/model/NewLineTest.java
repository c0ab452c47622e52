package org.goalbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NewLineTest {
    private final SamplePlan s = new SamplePlan();
    private final Outline outline = s.outline();

    @Test
    void aSiblingIsLikeItsNeighbourAndAChildIsWhatTheParentHolds() {
        assertEquals("New item", NewLine.placeholder(outline, s.spa, true));
        assertEquals("New topic", NewLine.placeholder(outline, s.frontEnd, false));
        assertEquals("New goal", NewLine.placeholder(outline, s.consultant, false));
        assertEquals("New area", NewLine.placeholder(outline, s.tactical, false));

        Outline after = OutlineEdits.preview(outline, NewLine.plan(outline, s.spa, true, "Master Typescript"));
        Node added = after.children(s.frontEnd).get(2);
        assertEquals(NodeKind.ITEM, added.kind(), "next to an item in an area: an item, not a topic");
        assertEquals("Master Typescript", added.name());
    }

    @Test
    void aSiblingInACommaListJoinsIt() {
        Outline after = OutlineEdits.preview(outline, NewLine.plan(outline, s.gatsby, true, "Preact"));
        assertEquals(java.util.List.of("GatsbyJS", "Preact", "React"),
                after.children(s.maintain).stream().map(Node::name).toList());
    }

    @Test
    void yearsHeadingsAndPagesAreNotAddedThisWay() {
        assertThrows(EditRefused.class, () -> NewLine.plan(outline, s.y2022, true, "x"));
        assertThrows(EditRefused.class, () -> NewLine.plan(outline, s.strategic, true, "x"));
        assertThrows(EditRefused.class, () -> NewLine.plan(outline, s.log, false, "x"));
    }
}
