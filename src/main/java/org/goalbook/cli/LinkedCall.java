package org.goalbook.cli;

import java.io.PrintWriter;

import org.goalbook.store.NotebookStore;
import org.goalbook.sync.LinkProblem;
import org.goalbook.sync.LinkedJournal;
import org.goalbook.sync.SyncReport;

/**
 * Every command on a linked notebook first takes in what changed in the journal file, and writes the notebook's own
 * changes to it when done. A problem with the file is said on stderr; the command itself goes on, the notebook keeps
 * everything, and {@code goalbook sync} reports the problem with its exit code.
 */
final class LinkedCall {
    private LinkedCall() {
    }

    static void follow(NotebookStore store, PrintWriter err) {
        LinkedJournal linked = LinkedJournal.of(store);
        if (linked.file().isEmpty()) {
            return;
        }
        String[] said = {sync(linked, err, null)};
        boolean[] changed = {false};
        store.afterEachWrite(() -> changed[0] = true);
        store.beforeClose(() -> {
            if (changed[0]) {
                sync(linked, err, said[0]);
            }
        });
    }

    /** Syncs, saying a problem unless it is {@code alreadySaid}; returns the problem said, or null. */
    private static String sync(LinkedJournal linked, PrintWriter err, String alreadySaid) {
        try {
            SyncReport report = linked.sync();
            if (report.conflicted()) {
                err.println("The linked journal has " + SyncCommand.count(report.conflicts().size())
                        + " not resolved yet: `goalbook sync` shows " + (report.conflicts().size() == 1 ? "it" : "them"));
            }
            return null;
        } catch (LinkProblem e) {
            if (!e.getMessage().equals(alreadySaid)) {
                err.println(e.getMessage());
            }
            return e.getMessage();
        }
    }
}
