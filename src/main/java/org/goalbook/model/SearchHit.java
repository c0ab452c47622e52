package org.goalbook.model;

/**
 * One full-text search result: a node, or one task item of a page's text.
 *
 * @param nodeId  the matching node (item, goal, page, …); for a page's task, the page
 * @param kind    its kind
 * @param name    its name as stored; for a page's task, the task's text
 * @param snippet a short piece of the matching text with the match marked by [ and ]
 * @param task    the number of the page's task item that matches (from 1, as {@code PAGE.N}), or 0 for the node
 */
public record SearchHit(long nodeId, NodeKind kind, String name, String snippet, int task) {
    /** A hit on a node itself. */
    public SearchHit(long nodeId, NodeKind kind, String name, String snippet) {
        this(nodeId, kind, name, snippet, 0);
    }

    public boolean isPageTask() {
        return task > 0;
    }

    /** The node's id, or the task's {@link TaskKey}: what the tree knows the matching line by. */
    public long key() {
        return isPageTask() ? TaskKey.of(nodeId, task) : nodeId;
    }
}
