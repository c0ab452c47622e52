package org.goalbook.ui.tree;

import java.util.ArrayList;
import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.Progress;

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
        return new TreeShape(outline, filter).children(id, false);
    }

    /** Done/total of the items below a node's line, or null for a line that shows none (a leaf, a page). */
    public static Progress progressOf(Outline outline, Node node) {
        return outline.children(node.id()).isEmpty() || node.kind() == NodeKind.PAGE
                ? null : outline.progress(node.id());
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
            years.add(new Shape(Row.pagesGroup(), pages));
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
