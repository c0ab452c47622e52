package org.goalbook.ui.tree;

import java.util.ArrayList;
import java.util.List;

import org.goalbook.markdown.PageTasks;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.PageSections;
import org.goalbook.model.Progress;
import org.goalbook.model.TaskKey;

/**
 * Turns an outline into the lines of the goal tree: years in document order with everything below them, then a
 * "Pages" group with the pages nested by heading level as {@link PageSections} reads them (the journal's opening is
 * no line of its own: it is shown with the notebook's properties). Stance lines are journal layout, not lines of the
 * tree: their items stand directly under the topic or area, in order.
 */
public final class TreeShape {
    private final Outline outline;
    private final TreeFilter filter;
    private final PageSections pages;

    private TreeShape(Outline outline, TreeFilter filter) {
        this.outline = outline;
        this.filter = filter;
        this.pages = PageSections.of(outline);
    }

    public static List<Shape> build(Outline outline, TreeFilter filter) {
        return new TreeShape(outline, filter).roots();
    }

    /** The lines under one node's line (not the pages group), as {@link #build} shapes them. */
    public static List<Shape> childrenOf(Outline outline, TreeFilter filter, long id) {
        TreeShape shape = new TreeShape(outline, filter);
        Node node = outline.get(id);
        return node.kind() == NodeKind.PAGE ? shape.pageLines(node, shape.isHit(node)) : shape.children(id, false);
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
        Node opening = PageSections.opening(outline).orElse(null);
        for (Node root : outline.roots()) {
            if (root.kind() == NodeKind.PAGE && root != opening) {
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
        for (Node root : outline.roots()) {
            if (root.kind() != NodeKind.PAGE) {
                Shape s = shape(root, false);
                if (s != null) {
                    years.add(s);
                }
            }
        }
        List<Shape> pageLines = pageShapes(0);
        boolean anyPage = !this.pages.children(0).isEmpty();
        if (!pageLines.isEmpty() || (anyPage && !filtering())) {
            years.add(new Shape(new Row(Row.PAGES, null, pagesProgress(outline), false), pageLines));
        }
        return years;
    }

    /** The lines of the pages nested directly under a page (0: the top of the "Pages" group). */
    private List<Shape> pageShapes(long parentId) {
        List<Shape> out = new ArrayList<>();
        for (Node page : pages.children(parentId)) {
            Shape s = shape(page, false);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** Under a page's line: the task items of its own text, then the pages nested under it. */
    private List<Shape> pageLines(Node page, boolean pageMatched) {
        List<Shape> kids = new ArrayList<>(tasks(page, pageMatched));
        kids.addAll(pageShapes(page.id()));
        return kids;
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
        List<Shape> kids = node.kind() == NodeKind.PAGE ? pageLines(node, match) : children(node.id(), false);
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
