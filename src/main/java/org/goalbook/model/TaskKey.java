package org.goalbook.model;

/**
 * The number that stands for one task item of a page's text where a node's id would stand (a line of the tree, a
 * search match): negative, so no node id is ever the same.
 */
public final class TaskKey {
    /** Task numbers per page that get keys of their own; a page with more shares keys, harmlessly, for display. */
    private static final int PER_PAGE = 1 << 20;

    private TaskKey() {
    }

    /** The key of task {@code number} (from 1) of the page {@code pageId}. */
    public static long of(long pageId, int number) {
        return -(pageId * PER_PAGE + Math.min(number, PER_PAGE - 1));
    }

    /** The page a task's key belongs to. */
    public static long page(long key) {
        return -key / PER_PAGE;
    }
}
