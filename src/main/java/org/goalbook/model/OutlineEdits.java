package org.goalbook.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's edits to a notebook, planned as lists of {@link Change}s against an {@link Outline}. Pure: nothing is
 * stored until the store applies the list (one transaction), and the store's inverse list is the undo.
 */
public final class OutlineEdits {
    private OutlineEdits() {
    }

    /** Ticks or unticks a goal or skill item. */
    public static List<Change> tick(Outline outline, long id, boolean done, LocalDate today) {
        Node n = outline.get(id);
        if (!n.kind().isTickable()) {
            throw new EditRefused("Only goals and skill items can be ticked; \"" + n.displayName() + "\" is a "
                    + label(n.kind()) + ".");
        }
        if (n.done() == done) {
            return List.of();
        }
        return List.of(new Change.Put(n.withDone(done, done ? (n.doneOn() != null ? n.doneOn() : today) : null)));
    }

    /** Renames a node; for a page this does nothing to the page text. */
    public static List<Change> rename(Outline outline, long id, String name) {
        Node n = outline.get(id);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new EditRefused("A name cannot be empty.");
        }
        if (clean.contains("\n") || clean.contains("\r")) {
            throw new EditRefused("A name is one line; put longer text in the notes.");
        }
        if (clean.equals(n.name())) {
            return List.of();
        }
        return List.of(new Change.Put(n.withName(clean)));
    }

    /** Replaces a node's Markdown notes (for a page: its whole text). */
    public static List<Change> setNotes(Outline outline, long id, String notes) {
        Node n = outline.get(id);
        if (n.notes().equals(notes)) {
            return List.of();
        }
        return List.of(new Change.Put(n.withNotes(notes)));
    }

    /** Sets or clears a skill item's stance. */
    public static List<Change> setStance(Outline outline, long id, Stance stance) {
        return StanceEdit.plan(outline, id, stance);
    }

    /**
     * Adds a new node under {@code parentId} at {@code index} (-1: at the end). The kind is the natural child kind of
     * the parent (see {@link #childKind}); {@code stance} may be null.
     */
    public static List<Change> add(Outline outline, long parentId, int index, String name, Stance stance) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new EditRefused("A name cannot be empty.");
        }
        NodeKind parentKind = parentId == 0 ? null : outline.get(parentId).kind();
        if (parentKind == NodeKind.PAGE) {
            throw new EditRefused("Pages hold Markdown text; add to a page by editing it.");
        }
        NodeKind kind = childKind(parentKind);
        List<Node> siblings = outline.children(parentId);
        int at = index < 0 || index > siblings.size() ? siblings.size() : index;
        boolean inline = parentKind == NodeKind.STANCE_LINE;
        Stance s = parentKind == NodeKind.STANCE_LINE ? outline.get(parentId).stance() : null;
        Node fresh = new Node(-1, parentId, at, kind, clean, s, false, null, null, "", inline, null);
        List<Change> changes = new ArrayList<>(shift(siblings, at, +1));
        changes.add(new Change.Put(fresh));
        if (stance != null && stance != s && kind == NodeKind.ITEM) {
            Outline after = preview(outline, changes);
            changes.addAll(StanceEdit.plan(after, -1, stance));
        }
        return changes;
    }

    /** Removes a node and everything below it. */
    public static List<Change> delete(Outline outline, long id) {
        Node n = outline.get(id);
        List<Change> changes = new ArrayList<>();
        changes.add(new Change.Remove(id));
        changes.addAll(shift(outline.children(n.parentId()), n.position() + 1, -1));
        Node parent = outline.parent(n).orElse(null);
        if (parent != null && parent.kind() == NodeKind.STANCE_LINE && outline.children(parent.id()).size() == 1) {
            return delete(outline, parent.id());
        }
        return changes;
    }

    /** Moves a node to {@code index} among the children of {@code newParentId} (-1: at the end). */
    public static List<Change> move(Outline outline, long id, long newParentId, int index) {
        Node n = outline.get(id);
        for (long p = newParentId; p != 0; p = outline.get(p).parentId()) {
            if (p == id) {
                throw new EditRefused("A node cannot move inside itself.");
            }
        }
        if (n.kind().isTopLevel() != (newParentId == 0)) {
            throw new EditRefused("Years and pages stay at the top level; other nodes stay inside a year.");
        }
        List<Node> siblings = new ArrayList<>(outline.children(newParentId));
        siblings.removeIf(s -> s.id() == id);
        int at = index < 0 || index > siblings.size() ? siblings.size() : index;
        siblings.add(at, n);
        List<Change> changes = new ArrayList<>();
        if (n.parentId() != newParentId) {
            List<Node> old = new ArrayList<>(outline.children(n.parentId()));
            old.removeIf(s -> s.id() == id);
            changes.addAll(renumber(old));
        }
        NodeKind parentKind = newParentId == 0 ? null : outline.get(newParentId).kind();
        boolean inline = parentKind == NodeKind.STANCE_LINE;
        for (int i = 0; i < siblings.size(); i++) {
            Node s = siblings.get(i);
            if (s.id() == id) {
                Node moved = n.withParent(newParentId, i).withInline(inline || (n.inline() && n.parentId() == newParentId));
                if (parentKind == NodeKind.STANCE_LINE) {
                    moved = moved.withStance(outline.get(newParentId).stance());
                }
                changes.add(new Change.Put(moved));
            } else if (s.position() != i) {
                changes.add(new Change.Put(s.withParent(s.parentId(), i)));
            }
        }
        return changes;
    }

    /** The kind of node that "add" creates under a parent of the given kind (null: the top level, a year). */
    public static NodeKind childKind(NodeKind parentKind) {
        if (parentKind == null) {
            return NodeKind.YEAR;
        }
        return switch (parentKind) {
            case YEAR, STRATEGIC, GOAL -> NodeKind.GOAL;
            case TACTICAL -> NodeKind.AREA;
            case AREA -> NodeKind.TOPIC;
            case TOPIC, STANCE_LINE, ITEM, PAGE -> NodeKind.ITEM;
        };
    }

    /** The outline as it would be after the changes; for planning multi-step edits. */
    public static Outline preview(Outline outline, List<Change> changes) {
        java.util.Map<Long, Node> nodes = new java.util.LinkedHashMap<>();
        outline.preorder().forEach(n -> nodes.put(n.id(), n));
        for (Change c : changes) {
            if (c instanceof Change.Put put) {
                nodes.put(put.node().id(), put.node());
            } else if (c instanceof Change.Remove rm) {
                outline.find(rm.id()).ifPresent(n -> removeSubtree(nodes, rm.id()));
                nodes.remove(rm.id());
            }
        }
        return new Outline(new ArrayList<>(nodes.values()));
    }

    static String label(NodeKind kind) {
        return switch (kind) {
            case PAGE -> "page";
            case YEAR -> "year";
            case STRATEGIC -> "Strategic heading";
            case TACTICAL -> "Tactical heading";
            case GOAL -> "goal";
            case AREA -> "area";
            case TOPIC -> "topic";
            case STANCE_LINE -> "stance line";
            case ITEM -> "skill item";
        };
    }

    static List<Change> shift(List<Node> siblings, int from, int by) {
        List<Change> out = new ArrayList<>();
        for (Node s : siblings) {
            if (s.position() >= from) {
                out.add(new Change.Put(s.withParent(s.parentId(), s.position() + by)));
            }
        }
        return out;
    }

    static List<Change> renumber(List<Node> siblings) {
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            Node s = siblings.get(i);
            if (s.position() != i) {
                out.add(new Change.Put(s.withParent(s.parentId(), i)));
            }
        }
        return out;
    }

    private static void removeSubtree(java.util.Map<Long, Node> nodes, long id) {
        List<Long> doomed = new ArrayList<>();
        doomed.add(id);
        for (int i = 0; i < doomed.size(); i++) {
            long cur = doomed.get(i);
            for (Node n : nodes.values()) {
                if (n.parentId() == cur) {
                    doomed.add(n.id());
                }
            }
        }
        doomed.forEach(nodes::remove);
    }
}
