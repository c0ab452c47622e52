package org.goalbook.history;

import org.goalbook.markdown.PageTasks;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.Progress;
import org.goalbook.model.Stance;

/**
 * What a backup holds, in the counts a user recognises from {@code goalbook info}: items (skipped ones left out,
 * a page's task items counted in) and how many are done, and pages.
 */
public record BackupContents(int itemsDone, int items, int pages) {

    public static BackupContents of(Outline outline) {
        int done = 0;
        int items = 0;
        int pages = 0;
        for (Node node : outline.preorder()) {
            if (node.kind() == NodeKind.ITEM && node.stance() != Stance.SKIP) {
                items++;
                done += node.done() ? 1 : 0;
            } else if (node.kind() == NodeKind.PAGE) {
                pages++;
                Progress tasks = PageTasks.progress(node.notes());
                items += tasks.total();
                done += tasks.done();
            }
        }
        return new BackupContents(done, items, pages);
    }

    /** "12/40 items done, 3 pages". */
    @Override
    public String toString() {
        return itemsDone + "/" + items + " items done, " + pages + (pages == 1 ? " page" : " pages");
    }
}
