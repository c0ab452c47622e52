package org.goalbook.ui.tree;

import java.util.ArrayList;
import java.util.List;

import org.goalbook.markdown.PageTasks;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.Progress;
import org.goalbook.model.TaskKey;

/**
 * Turns an outline into the lines of the goal tree: years in document order with everything below them, then a
 * "Pages" group with the pages. Stance lines are journal layout, not lines of the tree: their items stand directly
 * under the topic or area, in order.
 */
public final class TreeShape {
    private final Outline outline;
    private final TreeFilter filter;

    private TreeShape(Outline outline, TreeFilter filter) {
        this.outline = outline;
        this.filter = filter;
    }

    public static List<Shape> build(Outline outline, TreeFilter filter) {
        return new TreeShape(outline, filter).roots();
    }

    /** The lines under one node's line (not the pages group), as {@link #build} shapes them. */
    public static List<Shape> childrenOf(Outline outline, TreeFilter filter, long id) {
        TreeShape shape = new TreeShape(outline, filter);
        Node node = outline.get(id);
        List<Shape> kids = shape.children(id, false);
        if (node.kind() == NodeKind.PAGE) {
            kids = new ArrayList<>(kids);
            kids.addAll(shape.tasks(node, shape.isHit(node)));
        }
        return kids;
    }

    /**
     * Done/total of the items below a node's line, or null for a line that shows none (a leaf, a page without
     * tasks). A page counts the task items of its text, as {@code goalbook info} does.
     */
    public static Progress progressOf(Outline outline, Node node) {
        if (node.kind() == NodeKind.PAGE) {
            Progress tasks = PageTasks.progress(node.notes());
            return tasks.total() == 0 ? null : tasks;
        }
        return outline.children(node.id()).isEmpty() ? null : outline.progress(node.id());
    }

    /** Done/total of the task items of all pages: the "Pages" group's count, or null when no page has one. */
    static Progress pagesProgress(Outline outline) {
        int done = 0;
        int total = 0;
        for (Node root : outline.roots()) {
            if (root.kind() == NodeKind.PAGE) {
                Progress p = PageTasks.progress(root.notes());
                done += p.done();
                total += p.total();
            }
        }
        return total == 0 ? null : new Progress(done, total);
    }


    private List<Shape> tasks(Node page, boolean pageMatched) {
        List<Shape> out = new ArrayList<>();
        // Tasks have no stance; a search shows the tasks of a page that matches, the matching ones marked.
        if (filter.onlyStance() != null) {
            return out;
        }
        for (PageTasks.Task t : PageTasks.of(page.notes())) {
            boolean match = filter.searching() && filter.matches().contains(TaskKey.of(page.id(), t.number()));
            if ((filter.hideDone() && t.done()) || (filter.searching() && !pageMatched && !match)) {
                continue;
            }
            out.add(new Shape(Row.pageTask(page, t, match), List.of()));
        }
        return out;
    }

    private List<Shape> roots() {
        List<Shape> years = new ArrayList<>();
        List<Shape> pages = new ArrayList<>();
        for (Node root : outline.roots()) {
            Shape s = shape(root, false);
            if (s != null) {
                (root.kind() == NodeKind.PAGE ? pages : years).add(s);
            }
        }
        boolean anyPage = outline.roots().stream().anyMatch(n -> n.kind() == NodeKind.PAGE);
        if (!pages.isEmpty() || (anyPage && !filtering())) {
            years.add(new Shape(new Row(Row.PAGES, null, pagesProgress(outline), false), pages));
        }
        return years;
    }

    private List<Shape> children(long parentId, boolean parentMatched) {
        List<Shape> out = new ArrayList<>();
        for (Node child : outline.children(parentId)) {
            if (child.kind() == NodeKind.STANCE_LINE) {
                // A search hit on "Maintain: a, b" is a hit on the items it lists.
                out.addAll(children(child.id(), parentMatched || isHit(child)));
            } else {
                Shape s = shape(child, parentMatched && child.inline());
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private Shape shape(Node node, boolean inheritedMatch) {
        boolean match = filter.searching() && (inheritedMatch || isHit(node));
        List<Shape> kids = children(node.id(), false);
        if (node.kind() == NodeKind.PAGE) {
            kids = new ArrayList<>(kids);
            kids.addAll(tasks(node, match));
        }
        boolean tickable = node.kind().isTickable();
        if (tickable && filter.hideDone() && node.done()) {
            return null;
        }
        if (tickable && filter.hideSkipped() && node.stance() == org.goalbook.model.Stance.SKIP) {
            return null;
        }
        boolean stanceFits = filter.onlyStance() == null || (tickable && node.stance() == filter.onlyStance());
        if (!stanceFits && kids.isEmpty()) {
            return null;
        }
        if (filter.searching() && !match && kids.isEmpty()) {
            return null;
        }
        return new Shape(new Row(node.id(), node, progressOf(outline, node), match), kids);
    }

    private boolean isHit(Node node) {
        return filter.searching() && filter.matches().contains(node.id());
    }

    private boolean filtering() {
        return filter.searching() || filter.onlyStance() != null;
    }
}
