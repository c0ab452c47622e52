package org.goalbook.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * How a notebook's pages nest as the journal's own outline has them: a page stands under the nearest page before it
 * with a lower heading level ({@code ### Summary} under {@code ## A Raft of Google Stuff}), and a year section in
 * between ends that (the tree shows years apart from pages). The text before the journal's first heading (its
 * navigation line) is the journal's opening, not a page. Pages stay top-level nodes in the store, in document order:
 * the nesting is read from their headings, so the export is untouched (docs/decisions/page-sections.md).
 */
public final class PageSections {
    /** The level given to a page without a heading: it continues the page before it, so it nests under it. */
    private static final int NO_HEADING = 7;

    private final Outline outline;
    private final Node opening;
    private final Map<Long, Long> parents = new HashMap<>();
    private final Map<Long, List<Node>> children = new HashMap<>();

    private PageSections(Outline outline) {
        this.outline = outline;
        this.opening = findOpening(outline);
        List<Node> open = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (Node root : outline.roots()) {
            if (root.kind() != NodeKind.PAGE) {
                open.clear();
                levels.clear();
                continue;
            }
            if (opening != null && root.id() == opening.id()) {
                continue;
            }
            int level = level(root);
            while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
                open.remove(open.size() - 1);
                levels.remove(levels.size() - 1);
            }
            long parent = open.isEmpty() ? 0 : open.get(open.size() - 1).id();
            parents.put(root.id(), parent);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(root);
            open.add(root);
            levels.add(level);
        }
    }

    /** The pages of an outline as nested sections. */
    public static PageSections of(Outline outline) {
        return new PageSections(outline);
    }

    /**
     * The journal's opening: the text between the front matter and the first heading (a navigation line, a rule),
     * imported as a top-level page that stands first and whose text does not start with a heading. Only when it has
     * text and something follows it: a journal without any heading is one page, and stays one.
     */
    public static Optional<Node> opening(Outline outline) {
        return Optional.ofNullable(findOpening(outline));
    }

    private static Node findOpening(Outline outline) {
        List<Node> roots = outline.roots();
        if (roots.size() < 2 || roots.get(0).kind() != NodeKind.PAGE || roots.get(0).notes().isBlank()
                || headingLevel(roots.get(0).notes()) > 0) {
            return null;
        }
        return roots.get(0);
    }

    /** The journal's opening, or empty. */
    public Optional<Node> opening() {
        return Optional.ofNullable(opening);
    }

    /** The pages directly under a page (0: the pages that stand at the top of the pages), in document order. */
    public List<Node> children(long pageId) {
        return List.copyOf(children.getOrDefault(pageId, List.of()));
    }

    /** The page a page stands under (0: none); empty for the opening and for what is not a page. */
    public Optional<Long> parent(long pageId) {
        return Optional.ofNullable(parents.get(pageId));
    }

    /** The page and every page nested under it, in document order: what moves and goes with it. */
    public List<Node> section(long pageId) {
        List<Node> out = new ArrayList<>();
        out.add(outline.get(pageId));
        for (int i = 0; i < out.size(); i++) {
            out.addAll(i + 1, children(out.get(i).id()));
        }
        // Children were spliced in right after their parent, so the list is already in document order.
        return out;
    }

    /** The heading level of a page: that of its first line with text (1 to 6), or 7 when it has no heading. */
    public static int level(Node page) {
        int level = headingLevel(page.notes());
        return level == 0 ? NO_HEADING : level;
    }

    /**
     * The ATX heading level of the first line with text, or 0 when that line is not a heading. Reads only up to that
     * line: pages such as a Log can be large, and the tree asks on every change.
     */
    private static int headingLevel(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end).replace("\r", "");
            if (!line.isBlank()) {
                Matcher m = PageTitle.ATX.matcher(line);
                return m.matches() ? m.group(1).length() : 0;
            }
            start = end < 0 ? text.length() : end + 1;
        }
        return 0;
    }

    /**
     * The changes that move a page with its section past its previous ({@code by} -1) or next (+1) sibling section:
     * Alt+Up/Down and {@code goalbook move --up/--down} on a page.
     */
    public List<Change> step(long pageId, int by) {
        Node page = outline.get(pageId);
        long parent = parent(pageId).orElseThrow(() -> new EditRefused("\"" + page.displayName()
                + "\" is the journal's opening; it stays before the first heading."));
        List<Node> siblings = children(parent);
        int at = siblings.indexOf(page);
        int to = at + by;
        if (to < 0 || to >= siblings.size()) {
            throw new EditRefused("\"" + page.displayName() + "\" is already the " + (by < 0 ? "first" : "last")
                    + " in its group.");
        }
        List<Node> other = section(siblings.get(to).id());
        return placed(pageId, by < 0 ? other.get(0) : null, by < 0 ? null : other.get(other.size() - 1));
    }

    /** The changes that drop a page with its section before or after another page's section. */
    public List<Change> drop(long pageId, long targetId, boolean after) {
        Node page = outline.get(pageId);
        Node target = outline.get(targetId);
        if (parent(pageId).isEmpty() || parent(targetId).isEmpty()) {
            throw new EditRefused("The journal's opening stays before the first heading.");
        }
        List<Node> moving = section(pageId);
        if (moving.stream().anyMatch(n -> n.id() == targetId)) {
            throw new EditRefused("\"" + page.displayName() + "\" cannot be dropped on itself or a page under it.");
        }
        List<Node> other = section(targetId);
        return after ? placed(pageId, null, other.get(other.size() - 1)) : placed(pageId, target, null);
    }

    /** The changes that delete a page with every page nested under it, as the tree shows them under it. */
    public List<Change> delete(long pageId) {
        List<Node> going = parent(pageId).isPresent() ? section(pageId) : List.of(outline.get(pageId));
        List<Long> ids = going.stream().map(Node::id).toList();
        List<Node> staying = new ArrayList<>(outline.roots());
        staying.removeIf(n -> ids.contains(n.id()));
        List<Change> changes = new ArrayList<>(OutlineEdits.renumber(staying));
        ids.forEach(id -> changes.add(new Change.Remove(id)));
        return OutlineEdits.normalize(outline, changes);
    }

    /** The top-level order with the page's section put back before {@code before} or after {@code after}. */
    private List<Change> placed(long pageId, Node before, Node after) {
        List<Node> moving = section(pageId);
        List<Node> roots = new ArrayList<>(outline.roots());
        roots.removeAll(moving);
        int at = before != null ? roots.indexOf(before) : roots.indexOf(after) + 1;
        roots.addAll(at, moving);
        return OutlineEdits.normalize(outline, OutlineEdits.renumber(roots));
    }
}
