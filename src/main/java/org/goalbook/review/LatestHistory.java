package org.goalbook.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.goalbook.model.Node;
import org.goalbook.model.Outline;

/**
 * The stance history of the item last asked for, kept across changes and worked out again only when a change
 * reaches what it shows: the window's header asks after every tick, and a tick of the item itself changes its own
 * year's entry and nothing else.
 */
public final class LatestHistory {
    private Outline outline;
    private Node item;
    private StanceHistory history;

    /** The history of {@code item} as {@code now} has it, or empty for an item outside any year's plan. */
    public Optional<StanceHistory> of(Outline now, Node itemNow) {
        if (history != null && othersUnchanged(now, itemNow)) {
            history = history.withOwn(itemNow, YearItems.stance(now, itemNow));
        } else {
            NotebookYears years = NotebookYears.of(now);
            history = years.yearOf(itemNow).isPresent() ? StanceHistory.of(years, itemNow) : null;
        }
        outline = now;
        item = itemNow;
        return Optional.ofNullable(history);
    }

    /**
     * Whether every other year's entry stays as it is: the same item, still found by the same name and link, in the
     * same year, and no other top-level branch touched (a rename in another year can make or break a match there).
     */
    private boolean othersUnchanged(Outline now, Node itemNow) {
        if (itemNow.id() != item.id() || !NotebookYears.nameKey(itemNow).equals(NotebookYears.nameKey(item))
                || !Objects.equals(NotebookYears.linkKey(itemNow), NotebookYears.linkKey(item))) {
            return false;
        }
        long top = top(now, itemNow);
        if (top != top(outline, item)) {
            return false;
        }
        List<Node> roots = now.roots();
        List<Node> before = outline.roots();
        if (roots.size() != before.size()) {
            return false;
        }
        for (int i = 0; i < roots.size(); i++) {
            Node root = roots.get(i);
            boolean same = root.id() == top ? root.equals(before.get(i)) : root.id() == before.get(i).id()
                    && outline.sameBranch(now, root.id());
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static long top(Outline outline, Node node) {
        Node top = node;
        for (Optional<Node> p = outline.parent(node); p.isPresent(); p = outline.parent(p.get())) {
            top = p.get();
        }
        return top.id();
    }
}
