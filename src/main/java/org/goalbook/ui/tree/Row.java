package org.goalbook.ui.tree;

import org.goalbook.model.Node;
import org.goalbook.model.Progress;
import org.goalbook.model.Stance;

/**
 * What one line of the goal tree shows: a node (or the "Pages" group), its progress when it has items below it, and
 * whether it matches the current search.
 *
 * @param key      the node's id, or {@link #PAGES} for the group that holds the pages
 * @param node     the node, or null for the pages group
 * @param progress done/total of the items below, or null for a node without any
 * @param match    the node matches the search
 */
public record Row(long key, Node node, Progress progress, boolean match) {
    /** The key of the "Pages" group; no node has this id. */
    public static final long PAGES = Long.MIN_VALUE;

    public static Row pagesGroup() {
        return new Row(PAGES, null, null, false);
    }

    public boolean isPagesGroup() {
        return key == PAGES;
    }

    /** The text of the line as the user reads it. */
    public String text() {
        return node == null ? "Pages" : node.displayName();
    }

    /** Skipped items are shown muted: a deliberate decision not to spend time on them. */
    public boolean muted() {
        return node != null && node.stance() == Stance.SKIP && node.kind().isTickable();
    }
}
