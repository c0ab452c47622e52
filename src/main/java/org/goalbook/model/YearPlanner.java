package org.goalbook.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans a new year: empty, or carried over from an earlier year with its structure (Strategic / Tactical, areas,
 * topics, stance lines) and the goals and items the user chose ({@link CarryChoice}). Pure, like
 * {@link OutlineEdits}: the store applies the changes in one transaction. New nodes get negative placeholder ids and
 * no {@link Source}.
 */
public final class YearPlanner {
    private YearPlanner() {
    }

    /** A new year with empty Strategic and Tactical headings, placed among the years in calendar order. */
    public static List<Change> empty(Outline outline, int newYear) {
        List<Change> changes = new ArrayList<>(placeYear(outline, newYear));
        changes.add(new Change.Put(fresh(-2, -1, 0, NodeKind.STRATEGIC, "Strategic")));
        changes.add(new Change.Put(fresh(-3, -1, 1, NodeKind.TACTICAL, "Tactical")));
        return changes;
    }

    /**
     * A new year carrying over the structure of {@code fromYearId} and the goals and items the user chose. Carried
     * goals and items keep their name, link and (if chosen) notes, start unticked, and take the stance chosen for
     * them, moving to that stance's line of their topic; a goal or item is carried with the sub-points chosen under
     * it. Areas and topics are carried even when empty; stance lines left without items are not.
     */
    public static List<Change> carryOver(Outline outline, long fromYearId, int newYear, CarryChoice choice) {
        Node from = outline.get(fromYearId);
        if (from.kind() != NodeKind.YEAR) {
            throw new EditRefused("\"" + from.displayName() + "\" is not a year; choose a year to carry over from.");
        }
        List<Change> changes = new ArrayList<>(placeYear(outline, newYear));
        long[] nextId = {-2};
        Map<Long, Long> copies = new LinkedHashMap<>();
        copyChildren(outline, fromYearId, -1, choice, nextId, changes, copies);
        boolean moved = false;
        for (Map.Entry<Long, Long> copy : copies.entrySet()) {
            Stance stance = choice.stances().get(copy.getKey());
            Node old = outline.get(copy.getKey());
            if (stance != null && old.kind() == NodeKind.ITEM && stance != outline.stance(old)) {
                // The journal writes stances as lines of a topic: the item moves to its new stance's line.
                changes.addAll(StanceEdit.plan(OutlineEdits.preview(outline, changes), copy.getValue(), stance));
                moved = true;
            }
        }
        return moved ? OutlineEdits.normalize(outline, changes) : changes;
    }

    /** The goals and items {@link #carryOver} would carry, in document order, as they are in the old year. */
    public static List<Node> carried(Outline outline, long fromYearId, CarryChoice choice) {
        List<Node> out = new ArrayList<>();
        outline.walk(fromYearId, n -> {
            if (n.kind().isTickable() && isCarried(outline, n, choice)) {
                out.add(n);
            }
        });
        return out;
    }

    /** The number of the latest year in the notebook, or empty when it has none. */
    public static java.util.OptionalInt latestYear(Outline outline) {
        return outline.roots().stream()
                .filter(n -> n.kind() == NodeKind.YEAR)
                .mapToInt(YearPlanner::yearNumber)
                .filter(y -> y > 0)
                .max();
    }

    /** A year node's number, or 0 when its name is not a number. */
    public static int yearNumber(Node year) {
        try {
            return Integer.parseInt(year.name().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void copyChildren(Outline outline, long oldParent, long newParent, CarryChoice choice,
                                     long[] nextId, List<Change> out, Map<Long, Long> copies) {
        int position = 0;
        for (Node child : outline.children(oldParent)) {
            if (!isCarried(outline, child, choice)) {
                continue;
            }
            long id = nextId[0]--;
            boolean tickable = child.kind().isTickable();
            Node copy = new Node(id, newParent, position++, child.kind(), child.name(), child.stance(), false, null,
                    child.link(), tickable && choice.keepNotes() ? child.notes() : "", child.inline(), null);
            out.add(new Change.Put(copy));
            if (tickable) {
                copies.put(child.id(), id);
            }
            copyChildren(outline, child.id(), id, choice, nextId, out, copies);
        }
    }

    private static boolean isCarried(Outline outline, Node n, CarryChoice choice) {
        return switch (n.kind()) {
            case STANCE_LINE -> outline.children(n.id()).stream().anyMatch(c -> isCarried(outline, c, choice));
            // A goal comes along with a chosen sub-point, to keep that work in its place.
            case GOAL, ITEM -> choice.items().contains(n.id())
                    || outline.children(n.id()).stream().anyMatch(c -> isCarried(outline, c, choice));
            default -> true;
        };
    }

    /** The new year node (id -1) and the shifts that make room for it after the last earlier year. */
    private static List<Change> placeYear(Outline outline, int newYear) {
        if (newYear < 1000 || newYear > 9999) {
            throw new EditRefused("A year has four digits; " + newYear + " is not one.");
        }
        List<Node> roots = outline.roots();
        int at = 0;
        boolean sawYear = false;
        for (Node root : roots) {
            if (root.kind() != NodeKind.YEAR) {
                continue;
            }
            int y = yearNumber(root);
            if (y == newYear) {
                throw new EditRefused("The notebook already has a year " + newYear + ".");
            }
            if (!sawYear || y < newYear) {
                at = y < newYear ? root.position() + 1 : root.position();
            }
            sawYear = true;
        }
        if (!sawYear) {
            at = roots.size();
        }
        List<Change> changes = new ArrayList<>(OutlineEdits.shift(roots, at, +1));
        changes.add(new Change.Put(fresh(-1, 0, at, NodeKind.YEAR, Integer.toString(newYear))));
        return changes;
    }

    private static Node fresh(long id, long parentId, int position, NodeKind kind, String name) {
        return new Node(id, parentId, position, kind, name, null, false, null, null, "", false, null);
    }
}
