package org.goalbook.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a node goes when the user moves it in the tree (Alt+arrows or drag and drop), as a parent and an index for
 * {@link OutlineEdits#move}. Works in the tree's terms: stance lines are invisible, and years and
 * pages move among their own kind.
 */
public final class TreeMoves {
    /** Where a dragged node lands relative to the line it is dropped on. */
    public enum Drop { BEFORE, INTO, AFTER }

    /** The four keyboard moves: Alt+arrows in the window, {@code goalbook move --up|--down|--out|--into}. */
    public enum Step { UP, DOWN, OUT, IN }

    /** A destination: the new parent's id (0: top level) and the index among its children, the node left out. */
    public record Target(long parentId, int index) {
    }

    private TreeMoves() {
    }

    /**
     * The changes of one keyboard move. A page moves with the pages nested under it past its neighbour's section;
     * its nesting follows its heading level, so it does not move in or out ({@link PageSections}).
     */
    public static List<Change> step(Outline outline, long id, Step step) {
        Node n = outline.get(id);
        if (n.kind() == NodeKind.PAGE) {
            return switch (step) {
                case UP -> PageSections.of(outline).step(id, -1);
                case DOWN -> PageSections.of(outline).step(id, +1);
                case OUT, IN -> throw new EditRefused("\"" + n.displayName() + "\" stands where its heading level "
                        + "puts it; change its heading (## or ###) in the editor to move it " + (step == Step.OUT
                        ? "out." : "in."));
            };
        }
        Target t = switch (step) {
            case UP -> up(outline, id);
            case DOWN -> down(outline, id);
            case OUT -> outdent(outline, id);
            case IN -> indent(outline, id);
        };
        return OutlineEdits.move(outline, id, t.parentId(), t.index());
    }

    /** The changes of dropping {@code id} on the line of {@code targetId}; a page takes its nested pages along. */
    public static List<Change> dropped(Outline outline, long id, long targetId, Drop where) {
        Node n = outline.get(id);
        Node target = outline.get(targetId);
        if (n.kind() == NodeKind.PAGE && target.kind() == NodeKind.PAGE && where != Drop.INTO) {
            return PageSections.of(outline).drop(id, targetId, where == Drop.AFTER);
        }
        Target t = drop(outline, id, targetId, where);
        return OutlineEdits.move(outline, id, t.parentId(), t.index());
    }

    public static Target up(Outline outline, long id) {
        return step(outline, outline.get(id), -1);
    }

    public static Target down(Outline outline, long id) {
        return step(outline, outline.get(id), +1);
    }

    /** Out of its parent: right after the parent, among the parent's siblings. */
    public static Target outdent(Outline outline, long id) {
        Node n = outline.get(id);
        Node parent = shownParent(outline, n);
        if (parent == null || parent.kind().isTopLevel()) {
            throw new EditRefused("\"" + n.displayName() + "\" is already at the outermost level.");
        }
        return checked(outline, n, new Target(parent.parentId(),
                indexWithout(outline, parent.parentId(), parent.id(), id) + 1));
    }

    /** Into the line just above it, as that line's last child. */
    public static Target indent(Outline outline, long id) {
        Node n = outline.get(id);
        List<Node> shown = shownSiblings(outline, n);
        int at = shown.indexOf(n);
        if (at <= 0) {
            throw new EditRefused("\"" + n.displayName() + "\" has nothing above it to go into.");
        }
        return checked(outline, n, new Target(shown.get(at - 1).id(), -1));
    }

    /** Dropping {@code id} on the line of {@code targetId}. */
    public static Target drop(Outline outline, long id, long targetId, Drop where) {
        Node n = outline.get(id);
        Node target = outline.get(targetId);
        if (id == targetId) {
            throw new EditRefused("\"" + n.displayName() + "\" cannot be dropped on itself.");
        }
        if (where == Drop.INTO) {
            return checked(outline, n, new Target(targetId, -1));
        }
        int index = indexWithout(outline, target.parentId(), targetId, id);
        return checked(outline, n, new Target(target.parentId(), where == Drop.AFTER ? index + 1 : index));
    }

    /** Whether dropping is allowed, for the drag feedback: the move is planned and thrown away. */
    public static boolean canDrop(Outline outline, long id, long targetId, Drop where) {
        try {
            dropped(outline, id, targetId, where);
            return true;
        } catch (EditRefused e) {
            return false;
        }
    }

    private static Target step(Outline outline, Node n, int by) {
        List<Node> shown = n.kind().isTopLevel()
                ? outline.roots().stream().filter(r -> r.kind() == n.kind()).toList()
                : outline.children(n.parentId());
        int at = shown.indexOf(n);
        int to = at + by;
        if (to < 0 || to >= shown.size()) {
            Node parent = outline.parent(n).orElse(null);
            if (parent != null && parent.kind() == NodeKind.STANCE_LINE) {
                throw new EditRefused("\"" + n.displayName() + "\" stays with the other " + parent.stance().label()
                        + " items; change its stance to move it to another group.");
            }
            throw new EditRefused("\"" + n.displayName() + "\" is already the " + (by < 0 ? "first" : "last")
                    + " in its group.");
        }
        int index = indexWithout(outline, n.parentId(), shown.get(to).id(), n.id());
        return new Target(n.parentId(), by < 0 ? index : index + 1);
    }

    /** The node's parent as the tree shows it: a stance line's parent stands in for the stance line. */
    public static Node shownParent(Outline outline, Node n) {
        Node p = outline.parent(n).orElse(null);
        if (p != null && p.kind() == NodeKind.STANCE_LINE) {
            p = outline.parent(p).orElse(null);
        }
        return p;
    }

    /** The lines the tree shows beside the node, stance lines opened up. */
    static List<Node> shownSiblings(Outline outline, Node n) {
        Node parent = shownParent(outline, n);
        List<Node> out = new ArrayList<>();
        for (Node c : outline.children(parent == null ? 0 : parent.id())) {
            if (c.kind() == NodeKind.STANCE_LINE) {
                out.addAll(outline.children(c.id()));
            } else if (parent != null || c.kind() == n.kind()) {
                out.add(c);
            }
        }
        return out;
    }

    private static int indexWithout(Outline outline, long parentId, long targetId, long leftOut) {
        List<Node> siblings = new ArrayList<>(outline.children(parentId));
        siblings.removeIf(s -> s.id() == leftOut);
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).id() == targetId) {
                return i;
            }
        }
        throw new IllegalArgumentException("node " + targetId + " is not under " + parentId);
    }

    /** The target, when the outline's shape lets the node stand there. */
    private static Target checked(Outline outline, Node n, Target target) {
        String refused = OutlineShape.refusal(outline, n, target.parentId(), target.index());
        if (refused != null) {
            throw new EditRefused(refused);
        }
        return target;
    }
}
