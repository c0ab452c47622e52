package org.goalbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** An outline patched with a few nodes equals the outline built from scratch with the same nodes. */
class OutlinePatchTest {
    private final PlanBuilder plan = new PlanBuilder();
    private final long year = plan.add(0, NodeKind.YEAR, "2022");
    private final long strategic = plan.add(year, NodeKind.STRATEGIC, "Strategic");
    private final long a = plan.add(strategic, NodeKind.GOAL, "A");
    private final long b = plan.add(strategic, NodeKind.GOAL, "B");
    private final long sub = plan.add(b, NodeKind.GOAL, "B.1");
    private final long c = plan.add(strategic, NodeKind.GOAL, "C");
    private final Outline outline = plan.outline();

    @Test
    void aTickReplacesOneNode() {
        Node ticked = new Node(a, strategic, 0, NodeKind.GOAL, "A", null, true, null, null, "", false, null);
        assertSame(rebuilt(List.of(ticked), Set.of()), outline.with(List.of(ticked), Set.of()));
    }

    @Test
    void aMoveAndAnInsertReorderTheSiblings() {
        Node cFirst = outline.get(c).withParent(strategic, 0);
        Node aSecond = outline.get(a).withParent(strategic, 1);
        Node bThird = outline.get(b).withParent(strategic, 2);
        Node fresh = new Node(99, b, 1, NodeKind.GOAL, "B.2", null, false, null, null, "", false, null);
        List<Node> put = List.of(cFirst, aSecond, bThird, fresh);
        Outline patched = outline.with(put, Set.of());
        assertSame(rebuilt(put, Set.of()), patched);
        assertEquals(List.of("C", "A", "B"), patched.children(strategic).stream().map(Node::name).toList());
        assertEquals(List.of("B.1", "B.2"), patched.children(b).stream().map(Node::name).toList());
    }

    @Test
    void aRemovedSubtreeIsGoneWithItsChildren() {
        Outline patched = outline.with(List.of(outline.get(c).withParent(strategic, 1)), Set.of(b, sub));
        assertSame(rebuilt(List.of(outline.get(c).withParent(strategic, 1)), Set.of(b, sub)), patched);
        assertEquals(List.of(), patched.children(b));
        assertEquals(4, patched.size());
    }

    @Test
    void onlyTheBranchAPatchTouchedCountsAsChanged() {
        PlanBuilder two = new PlanBuilder();
        long y2022 = two.add(0, NodeKind.YEAR, "2022");
        long goal = two.add(two.add(y2022, NodeKind.STRATEGIC, "Strategic"), NodeKind.GOAL, "A");
        long y2023 = two.add(0, NodeKind.YEAR, "2023");
        Outline before = two.outline();
        Outline ticked = before.with(List.of(before.get(goal).withDone(true, null)), Set.of());

        assertEquals(false, before.sameBranch(ticked, y2022), "the tick's year changed");
        assertEquals(true, before.sameBranch(ticked, y2023), "the other year did not");
        Outline moved = ticked.with(List.of(ticked.get(goal).withParent(y2023, 0)), Set.of());
        assertEquals(false, ticked.sameBranch(moved, y2022), "a move changes the branch it left");
        assertEquals(false, ticked.sameBranch(moved, y2023), "and the branch it joined");
        assertEquals(false, two.outline().sameBranch(before, y2023), "outlines built apart never share a branch");
    }

    @Test
    void manyPatchesInARowOnALargeOutlineEachEqualARebuildAndLeaveTheEarlierOutlinesAsTheyWere() {
        PlanBuilder large = new PlanBuilder();
        List<Long> goals = new ArrayList<>();
        for (int y = 0; y < 4; y++) {
            long yearId = large.add(0, NodeKind.YEAR, Integer.toString(2020 + y));
            long strat = large.add(yearId, NodeKind.STRATEGIC, "Strategic");
            for (int g = 0; g < 800; g++) {
                goals.add(large.add(strat, NodeKind.GOAL, "G" + g));
            }
        }
        java.util.Map<Long, Node> nodes = new java.util.HashMap<>();
        large.nodes().forEach(n -> nodes.put(n.id(), n));
        java.util.Random random = new java.util.Random(8);
        Outline now = large.outline();
        List<Outline> earlier = new ArrayList<>();
        List<List<Node>> earlierNodes = new ArrayList<>();
        long next = 100_000;
        for (int step = 0; step < 300; step++) {
            earlier.add(now);
            earlierNodes.add(now.preorder());
            long id = goals.get(random.nextInt(goals.size()));
            List<Node> put = new ArrayList<>();
            Set<Long> removed = new java.util.HashSet<>();
            switch (step % 4) {
                case 0 -> put.add(nodes.get(id).withDone(!nodes.get(id).done(), null));
                case 1 -> put.add(nodes.get(id).withParent(goals.get(random.nextInt(goals.size())) == id ? 0
                        : nodes.get(id).parentId(), random.nextInt(900)));
                case 2 -> put.add(new Node(next++, id, 0, NodeKind.GOAL, "new", null, false, null, null, "", false,
                        null));
                default -> {
                    if (now.children(id).isEmpty()) {
                        removed.add(id);
                        goals.remove(id);
                    }
                }
            }
            put.forEach(n -> nodes.put(n.id(), n));
            removed.forEach(nodes::remove);
            now = now.with(put, removed);
            Outline fresh = new Outline(new ArrayList<>(nodes.values()));
            assertEquals(fresh.preorder(), now.preorder(), "after step " + step);
            assertEquals(fresh.size(), now.size());
            for (long r : removed) {
                assertEquals(java.util.Optional.empty(), now.find(r));
            }
        }
        for (int i = 0; i < earlier.size(); i += 37) {
            assertEquals(earlierNodes.get(i), earlier.get(i).preorder(), "the outline before step " + i);
        }
    }

    private Outline rebuilt(List<Node> put, Set<Long> removed) {
        List<Node> nodes = new ArrayList<>();
        for (Node n : outline.preorder()) {
            if (!removed.contains(n.id()) && put.stream().noneMatch(p -> p.id() == n.id())) {
                nodes.add(n);
            }
        }
        nodes.addAll(put);
        return new Outline(nodes);
    }

    private static void assertSame(Outline expected, Outline actual) {
        assertEquals(expected.preorder(), actual.preorder());
        assertEquals(expected.size(), actual.size());
        for (Node n : expected.preorder()) {
            assertEquals(expected.children(n.id()), actual.children(n.id()), "children of " + n.name());
        }
    }
}
