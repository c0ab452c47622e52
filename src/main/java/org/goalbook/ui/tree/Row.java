package org.goalbook.ui.tree;

import org.goalbook.markdown.PageTasks;
import org.goalbook.model.Node;
import org.goalbook.model.Progress;
import org.goalbook.model.Stance;
import org.goalbook.model.TaskKey;

/**
 * What one line of the goal tree shows: a node (or the "Pages" group), its progress when it has items below it, and
 * whether it matches the current search.
 *
 * @param key      the node's id, or {@link #PAGES} for the group that holds the pages
 * @param node     the node, or null for the pages group
 * @param progress done/total of the items below, or null for a node without any
 * @param match    the node matches the search
 * @param task     for a task item of a page's text: that task (and {@code node} is the page), else null
 */
public record Row(long key, Node node, Progress progress, boolean match, PageTasks.Task task) {
    /** The key of the "Pages" group; no node has this id. */
    public static final long PAGES = Long.MIN_VALUE;

    public Row(long key, Node node, Progress progress, boolean match) {
        this(key, node, progress, match, null);
    }

    /** The line of task item {@code task} of {@code page}, under the task's {@link TaskKey}. */
    public static Row pageTask(Node page, PageTasks.Task task, boolean match) {
        return new Row(TaskKey.of(page.id(), task.number()), page, null, match, task);
    }

    public boolean isPageTask() {
        return task != null;
    }

    public static Row pagesGroup() {
        return new Row(PAGES, null, null, false);
    }

    public boolean isPagesGroup() {
        return key == PAGES;
    }

    /** The text of the line as the user reads it. */
    public String text() {
        return task != null ? task.text() : node == null ? "Pages" : node.displayName();
    }

    /** Skipped items are shown muted: a deliberate decision not to spend time on them. */
    public boolean muted() {
        return task == null && node != null && node.stance() == Stance.SKIP && node.kind().isTickable();
    }
}
