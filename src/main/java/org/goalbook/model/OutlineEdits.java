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
            throw new EditRefused("Only goals and skill items can be ticked; \"" + n.displayName() + "\" is "
                    + OutlineShape.described(n.kind()) + ".");
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
        String why = nameRefusal(outline, n.kind(), clean);
        if (why != null) {
            throw new EditRefused(why);
        }
        return List.of(new Change.Put(LinkedName.named(n, clean)));
    }

    /** Replaces a node's Markdown notes (for a page: its whole text). */
    public static List<Change> setNotes(Outline outline, long id, String notes) {
        Node n = outline.get(id);
        if (n.notes().equals(notes)) {
            return List.of();
        }
        String why = notesRefusal(n);
        if (why != null && !notes.isBlank()) {
            throw new EditRefused(why);
        }
        // A page goes by its first line, in the journal as in the tree.
        Node changed = n.kind() == NodeKind.PAGE ? n.withNotes(notes).withName(PageTitle.of(notes)) : n.withNotes(notes);
        if (n.inline() && !notes.isEmpty()) {
            // A comma list has no room for notes: the item moves to a bullet of its own under the same line.
            return normalize(outline, List.of(new Change.Put(changed.withInline(false))));
        }
        return List.of(new Change.Put(changed));
    }

    /**
     * Moves an item out of its comma list onto a bullet of its own under the same line (nothing when it has one
     * already): a comma list has no room for what hangs under an item, such as attached links.
     */
    public static List<Change> offCommaList(Outline outline, long id) {
        return normalize(outline, ownLine(outline, id));
    }

    /**
     * Why a node of this kind cannot carry this name in the journal format, or null when it can: the journal tells a
     * year, a heading, an area and a topic apart by how their lines are written.
     */
    static String nameRefusal(Outline outline, NodeKind kind, String name) {
        return switch (kind) {
            case YEAR -> !name.matches("\\d{4}")
                    ? "A year is named by its number, such as 2027; \"" + name + "\" is not one."
                    : outline.roots().stream().anyMatch(r -> r.kind() == NodeKind.YEAR && r.name().equals(name))
                    ? "The notebook already has a year " + name + "." : null;
            case STANCE_LINE -> "A stance line is named by its stance; change the stance of its items instead.";
            case STRATEGIC, TACTICAL -> "The Strategic and Tactical headings keep their names; the journal knows "
                    + "them by those words.";
            case PAGE -> "A page is named by the first line of its text; change that line in the editor.";
            case AREA -> name.length() > 80 || ".!?:;,".indexOf(name.charAt(name.length() - 1)) >= 0
                    || name.startsWith("#") || name.matches("^([-*+]|\\d{1,9}[.)])(\\s.*)?$") || name.startsWith("<!--")
                    ? "An area is written as a short line of its own; \"" + name + "\" would not read back as "
                    + "one (at most 80 characters, not a list or heading, not ending in . ! ? : ; ,)." : null;
            case TOPIC -> name.indexOf(':') >= 0 || name.matches("^\\[[ xX]\\]\\s.*")
                    ? "A topic's name cannot hold a colon: the journal reads \"Topic: a, b\" as a topic and its items."
                    : null;
            default -> null;
        };
    }

    /** Why a node cannot hold notes in the journal format, or null when it can. */
    public static String notesRefusal(Node n) {
        if (n.kind() == NodeKind.AREA) {
            return "The journal has no place for notes on an area; write them on the Tactical heading or on a topic.";
        }
        if (n.kind() == NodeKind.STANCE_LINE) {
            return "A stance line has no place for notes; write them on its items or on its topic.";
        }
        return null;
    }

    /** Sets or clears a skill item's stance. */
    public static List<Change> setStance(Outline outline, long id, Stance stance) {
        return normalize(outline, StanceEdit.plan(outline, id, stance));
    }

    /**
     * Adds a new node under {@code parentId} at {@code index} (-1: at the end), of the kind a new line there gets
     * ({@link OutlineShape#childKind}); {@code stance} may be null.
     */
    public static List<Change> add(Outline outline, long parentId, int index, String name, Stance stance) {
        NodeKind parentKind = parentId == 0 ? null : outline.get(parentId).kind();
        if (parentKind == NodeKind.PAGE) {
            throw new EditRefused("Pages hold Markdown text; add to a page by editing it.");
        }
        return add(outline, parentId, index, OutlineShape.childKind(parentKind), name, stance);
    }

    /** Adds a new node of the given kind under {@code parentId} at {@code index} (-1: at the end), where the shape allows it. */
    public static List<Change> add(Outline outline, long parentId, int index, NodeKind kind, String name,
                                   Stance stance) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new EditRefused("A name cannot be empty.");
        }
        NodeKind parentKind = parentId == 0 ? null : outline.get(parentId).kind();
        String refused = OutlineShape.refusal(outline, Node.of(kind, clean), parentId, index);
        if (refused != null) {
            throw new EditRefused(refused);
        }
        String why = nameRefusal(outline, kind, clean);
        if (why != null) {
            throw new EditRefused(why);
        }
        List<Node> siblings = outline.children(parentId);
        int at = index < 0 || index > siblings.size() ? siblings.size() : index;
        if (parentKind == NodeKind.YEAR) {
            // In the journal a goal after the Strategic or Tactical heading belongs to that heading.
            Node section = siblings.stream().filter(s -> s.kind() == NodeKind.STRATEGIC || s.kind() == NodeKind.TACTICAL)
                    .findFirst().orElse(null);
            if (section != null && section.kind() == NodeKind.STRATEGIC) {
                return add(outline, section.id(), -1, clean, stance);
            }
            at = section == null ? at : Math.min(at, section.position());
        }
        boolean inline = parentKind == NodeKind.STANCE_LINE;
        Stance s = parentKind == NodeKind.STANCE_LINE ? outline.get(parentId).stance() : null;
        long id = newId(outline);
        Node fresh = LinkedName.named(new Node(id, parentId, at, kind, clean, s, false, null, null, "", inline, null),
                clean);
        List<Change> changes = new ArrayList<>(shift(siblings, at, +1));
        changes.add(new Change.Put(fresh));
        changes.addAll(ownLine(outline, parentId));
        if (stance != null && stance != s && kind == NodeKind.ITEM) {
            Outline after = preview(outline, changes);
            changes.addAll(StanceEdit.plan(after, id, stance));
        }
        return normalize(outline, changes);
    }

    /**
     * Adds a skill item with a stance and a link to a topic or area, on that container's line for the stance
     * ("Explore: …", made when missing), the way the journal writes it.
     */
    public static List<Change> addItem(Outline outline, long containerId, String name, String link, Stance stance) {
        Node container = outline.get(containerId);
        if (!OutlineShape.holdsStanceLines(container.kind()) || container.inline()) {
            throw new EditRefused("\"" + container.displayName() + "\" is " + OutlineShape.described(container.kind())
                    + "; an item with a stance goes under a topic or an area.");
        }
        List<Node> siblings = outline.children(containerId);
        Node fresh = new Node(newId(outline), containerId, siblings.size(), NodeKind.ITEM, name.strip(), null, false,
                null, link, "", true, null);
        List<Change> changes = new ArrayList<>();
        changes.add(new Change.Put(fresh));
        changes.addAll(StanceEdit.placeIn(preview(outline, changes), fresh, container, stance, null));
        return normalize(outline, changes);
    }

    /**
     * Removes a node and everything below it; a stance line left empty goes with it, and a page takes the pages
     * nested under it ({@link PageSections}).
     */
    public static List<Change> delete(Outline outline, long id) {
        Node n = outline.get(id);
        if (n.kind() == NodeKind.PAGE) {
            return PageSections.of(outline).delete(id);
        }
        Node parent = outline.parent(n).orElse(null);
        if (parent != null && parent.kind() == NodeKind.STANCE_LINE && outline.children(parent.id()).size() == 1) {
            return delete(outline, parent.id());
        }
        List<Change> changes = new ArrayList<>();
        changes.add(new Change.Remove(id));
        changes.addAll(shift(outline.children(n.parentId()), n.position() + 1, -1));
        return normalize(outline, changes);
    }

    /**
     * Moves a node to {@code index} among the children of {@code newParentId} (-1: at the end). A skill item with a
     * stance moved into a topic or area joins that container's line for its stance.
     */
    public static List<Change> move(Outline outline, long id, long newParentId, int index) {
        Node n = outline.get(id);
        String refused = OutlineShape.refusal(outline, n, newParentId, index);
        if (refused != null) {
            throw new EditRefused(refused);
        }
        Node parent = newParentId == 0 ? null : outline.get(newParentId);
        Node leaving = outline.parent(n).filter(p -> p.kind() == NodeKind.STANCE_LINE).orElse(null);
        if (n.kind() == NodeKind.ITEM && n.stance() != null && parent != null
                && OutlineShape.holdsStanceLines(parent.kind()) && newParentId != n.parentId()) {
            return normalize(outline, StanceEdit.placeIn(outline, n, parent, n.stance(),
                    leaving != null && leaving.id() != newParentId ? leaving : null));
        }
        List<Change> changes = new ArrayList<>(moveChanges(outline, n, newParentId, index));
        changes.addAll(ownLine(outline, newParentId));
        Node moved = placed(outline, n, newParentId, index);
        if (parent != null && parent.kind() == NodeKind.STANCE_LINE) {
            moved = moved.withInline(outline.children(id).isEmpty() && n.notes().isBlank()).withStance(parent.stance());
        } else if (newParentId != n.parentId()) {
            boolean topicList = parent != null && parent.kind() == NodeKind.TOPIC
                    && outline.children(newParentId).stream().anyMatch(Node::inline) && outline.children(id).isEmpty()
                    && n.notes().isBlank();
            moved = moved.withInline(topicList);
            if (n.kind() == NodeKind.ITEM && parent != null && !OutlineShape.holdsStanceLines(parent.kind())) {
                moved = moved.withStance(null); // a sub-point has no stance line to stand in
            }
        }
        changes.add(new Change.Put(moved));
        if (leaving != null && leaving.id() != newParentId && outline.children(leaving.id()).size() == 1) {
            changes.addAll(StanceEdit.removeLine(preview(outline, changes), leaving.id()));
        }
        if (parent != null && parent.kind() == NodeKind.YEAR && goalAfterSection(preview(outline, changes), parent)) {
            throw new EditRefused("A goal of the year stands before its Strategic and Tactical headings; in the "
                    + "journal a goal after them belongs to them.");
        }
        return normalize(outline, changes);
    }

    /** An item in a comma list that takes sub-points moves to a bullet of its own under the same line. */
    private static List<Change> ownLine(Outline outline, long parentId) {
        Node parent = parentId == 0 ? null : outline.get(parentId);
        return parent != null && parent.inline() ? List.of(new Change.Put(parent.withInline(false))) : List.of();
    }

    private static boolean goalAfterSection(Outline outline, Node year) {
        boolean section = false;
        for (Node k : outline.children(year.id())) {
            section |= k.kind() == NodeKind.STRATEGIC || k.kind() == NodeKind.TACTICAL;
            if (section && k.kind() == NodeKind.GOAL) {
                return true;
            }
        }
        return false;
    }

    /** Renumbers the old and new siblings around a move; the moved node itself is not included. */
    static List<Change> moveChanges(Outline outline, Node n, long newParentId, int index) {
        List<Change> changes = new ArrayList<>();
        List<Node> siblings = new ArrayList<>(outline.children(newParentId));
        siblings.removeIf(s -> s.id() == n.id());
        int at = index < 0 || index > siblings.size() ? siblings.size() : index;
        if (n.parentId() != newParentId) {
            List<Node> old = new ArrayList<>(outline.children(n.parentId()));
            old.removeIf(s -> s.id() == n.id());
            changes.addAll(renumber(old));
        }
        for (int i = 0; i < siblings.size(); i++) {
            Node s = siblings.get(i);
            int want = i < at ? i : i + 1;
            if (s.position() != want) {
                changes.add(new Change.Put(s.withParent(s.parentId(), want)));
            }
        }
        return changes;
    }

    private static Node placed(Outline outline, Node n, long newParentId, int index) {
        int count = (int) outline.children(newParentId).stream().filter(s -> s.id() != n.id()).count();
        int at = index < 0 || index > count ? count : index;
        return n.withParent(newParentId, at);
    }

    /** A placeholder id for a node the plan creates, below every id in the outline. */
    static long newId(Outline outline) {
        long min = 0;
        for (Node n : outline.preorder()) {
            min = Math.min(min, n.id());
        }
        return min - 1;
    }

    /**
     * One change per node, the last planned one winning; new and moved nodes are put parents first, so that a
     * parent always exists when its child is stored; removals come last.
     */
    static List<Change> normalize(Outline outline, List<Change> planned) {
        List<Change> changes = new ArrayList<>(planned);
        changes.addAll(inlineFirst(preview(outline, planned), planned));
        java.util.Map<Long, Change> last = new java.util.LinkedHashMap<>();
        for (Change c : changes) {
            long id = c instanceof Change.Put p ? p.node().id() : ((Change.Remove) c).id();
            last.remove(id);
            last.put(id, c);
        }
        Outline after = preview(outline, changes);
        List<Change> puts = new ArrayList<>();
        List<Change> removes = new ArrayList<>();
        for (Change c : last.values()) {
            if (c instanceof Change.Put p) {
                if (after.find(p.node().id()).isPresent()) {
                    puts.add(c);
                }
            } else if (outline.find(((Change.Remove) c).id()).isPresent()) {
                removes.add(c);
            }
        }
        java.util.Map<Long, Integer> depth = new java.util.HashMap<>();
        for (Change c : puts) {
            Node node = ((Change.Put) c).node();
            int d = 0;
            for (long p = node.parentId(); p != 0 && d <= after.size(); p = after.get(p).parentId()) {
                d++;
            }
            depth.put(node.id(), d);
        }
        puts.sort(java.util.Comparator.comparingInt(c -> depth.get(((Change.Put) c).node().id())));
        List<Change> out = new ArrayList<>(puts);
        out.addAll(removes);
        return out;
    }

    /**
     * The journal writes a line's comma list before the bullets nested under it, so among a parent's children the
     * items in its line come first; renumbers the parents the changes touched where that does not hold yet.
     */
    private static List<Change> inlineFirst(Outline after, List<Change> changes) {
        java.util.Set<Long> parents = new java.util.LinkedHashSet<>();
        for (Change c : changes) {
            if (c instanceof Change.Put p) {
                parents.add(p.node().parentId());
            }
        }
        List<Change> out = new ArrayList<>();
        for (long parent : parents) {
            List<Node> kids = new ArrayList<>(after.children(parent));
            List<Node> sorted = new ArrayList<>(kids.stream().filter(Node::inline).toList());
            kids.stream().filter(k -> !k.inline()).forEach(sorted::add);
            out.addAll(renumber(sorted));
        }
        return out;
    }

    /** The outline as it would be after the changes; for planning multi-step edits. */
    public static Outline preview(Outline outline, List<Change> changes) {
        java.util.Map<Long, Node> nodes = new java.util.LinkedHashMap<>();
        outline.preorder().forEach(n -> nodes.put(n.id(), n));
        List<Long> removed = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof Change.Put put) {
                nodes.put(put.node().id(), put.node());
            } else if (c instanceof Change.Remove rm) {
                removed.add(rm.id());
            }
        }
        if (removed.isEmpty()) {
            return new Outline(new ArrayList<>(nodes.values()));
        }
        Outline withPuts = new Outline(new ArrayList<>(nodes.values()));
        for (long id : removed) {
            if (withPuts.find(id).isPresent() && nodes.containsKey(id)) {
                withPuts.subtree(id).forEach(n -> nodes.remove(n.id()));
            }
        }
        return new Outline(new ArrayList<>(nodes.values()));
    }

    /** Moves the siblings from position {@code from} on by {@code by} places, to make or close a gap. */
    public static List<Change> shift(List<Node> siblings, int from, int by) {
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

}
