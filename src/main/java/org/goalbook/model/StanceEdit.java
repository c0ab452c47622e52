package org.goalbook.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans a stance change the way the journal writes stances: an item in a comma list moves to the "Maintain:" /
 * "Improve:" / … line of its topic (made when missing, dropped when emptied); an item on its own line joins such a
 * line. Only the lines that hold the item change.
 */
final class StanceEdit {
    private StanceEdit() {
    }

    static List<Change> plan(Outline outline, long id, Stance stance) {
        Node n = outline.get(id);
        if (n.kind() != NodeKind.ITEM) {
            throw new EditRefused("Only skill items have a stance; \"" + n.displayName() + "\" is "
                    + OutlineShape.described(n.kind()) + ".");
        }
        if (n.stance() == stance) {
            return List.of();
        }
        Node parent = outline.parent(n).orElseThrow();
        Node container = parent.kind() == NodeKind.STANCE_LINE ? outline.parent(parent).orElseThrow() : parent;
        if (!OutlineShape.holdsStanceLines(container.kind())) {
            throw new EditRefused("\"" + n.displayName() + "\" is a sub-point; only items directly in a topic or "
                    + "an area can take a stance.");
        }
        if (stance == null) {
            return clear(outline, n, parent, container);
        }
        return placeIn(outline, n, container, stance, parent.kind() == NodeKind.STANCE_LINE ? parent : null);
    }

    /** Moves the item into the container's line for {@code stance}, creating that line where the order wants it. */
    static List<Change> placeIn(Outline outline, Node n, Node container, Stance stance, Node leaving) {
        List<Change> changes = new ArrayList<>();
        Optional<Node> line = outline.children(container.id()).stream()
                .filter(c -> c.kind() == NodeKind.STANCE_LINE && c.stance() == stance).findFirst();
        Outline current = outline;
        if (line.isEmpty()) {
            long lineId = OutlineEdits.newId(outline);
            int at = stanceLinePosition(outline, container, stance, n);
            changes.addAll(OutlineEdits.shift(outline.children(container.id()), at, +1));
            Node fresh = new Node(lineId, container.id(), at, NodeKind.STANCE_LINE, stance.label(), stance, false,
                    null, null, "", false, null);
            changes.add(new Change.Put(fresh));
            current = OutlineEdits.preview(outline, changes);
            line = Optional.of(fresh);
        }
        Node target = line.get();
        changes.addAll(OutlineEdits.moveChanges(current, current.get(n.id()), target.id(), -1));
        // An item with sub-points or notes stands as a bullet of its own under the stance line.
        Node moved = current.get(n.id()).withParent(target.id(), current.children(target.id()).size())
                .withInline(fitsInList(outline, n)).withStance(stance);
        changes.add(new Change.Put(moved));
        if (leaving != null && outline.children(leaving.id()).size() == 1) {
            changes.addAll(removeLine(OutlineEdits.preview(outline, changes), leaving.id()));
        }
        return changes;
    }

    private static List<Change> clear(Outline outline, Node n, Node parent, Node container) {
        List<Change> changes = new ArrayList<>();
        if (parent.kind() != NodeKind.STANCE_LINE) {
            changes.add(new Change.Put(n.withStance(null)));
            return changes;
        }
        boolean topicList = outline.children(container.id()).stream().anyMatch(Node::inline);
        int at = topicList ? -1 : parent.position() + 1;
        changes.addAll(OutlineEdits.moveChanges(outline, n, container.id(), at));
        List<Node> after = OutlineEdits.preview(outline, changes).children(container.id());
        int pos = topicList ? after.size() : Math.min(at, after.size());
        changes.addAll(OutlineEdits.shift(after, pos, +1));
        changes.add(new Change.Put(n.withParent(container.id(), pos).withInline(topicList && fitsInList(outline, n))
                .withStance(null)));
        if (outline.children(parent.id()).size() == 1) {
            changes.addAll(removeLine(OutlineEdits.preview(outline, changes), parent.id()));
        }
        return changes;
    }

    /** Whether an item can be written inside a comma list: it has neither sub-points nor notes. */
    static boolean fitsInList(Outline outline, Node n) {
        return outline.children(n.id()).isEmpty() && n.notes().isEmpty();
    }

    static List<Change> removeLine(Outline outline, long lineId) {
        Node line = outline.get(lineId);
        List<Change> changes = new ArrayList<>();
        changes.add(new Change.Remove(lineId));
        changes.addAll(OutlineEdits.shift(outline.children(line.parentId()), line.position() + 1, -1));
        return changes;
    }

    /** Stance lines keep the order Maintain, Improve, Explore, Skip; a new line for an item on its own line takes its place. */
    private static int stanceLinePosition(Outline outline, Node container, Stance stance, Node item) {
        List<Node> kids = outline.children(container.id());
        if (!item.inline() && item.parentId() == container.id()) {
            return item.position();
        }
        int afterLast = -1;
        for (Node k : kids) {
            if (k.kind() == NodeKind.STANCE_LINE) {
                if (k.stance() != null && k.stance().ordinal() > stance.ordinal()) {
                    return k.position();
                }
                afterLast = k.position() + 1;
            }
        }
        if (afterLast >= 0) {
            return afterLast;
        }
        int firstOwnLine = kids.size();
        for (Node k : kids) {
            if (!k.inline()) {
                firstOwnLine = k.position();
                break;
            }
        }
        return firstOwnLine;
    }
}
