package org.goalbook.history;

import org.goalbook.markdown.OutlineCounts;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;

/**
 * What a backup holds, in the counts a user recognises from {@code goalbook info}: items (skipped ones left out,
 * a page's task items counted in) and how many are done, and pages.
 */
public record BackupContents(int itemsDone, int items, int pages) {

    public static BackupContents of(Outline outline) {
        OutlineCounts counts = OutlineCounts.of(outline);
        return new BackupContents(counts.done(NodeKind.ITEM), counts.total(NodeKind.ITEM), counts.total(NodeKind.PAGE));
    }

    /** "12/40 items done, 3 pages". */
    @Override
    public String toString() {
        return itemsDone + "/" + items + " items done, " + pages + (pages == 1 ? " page" : " pages");
    }
}
