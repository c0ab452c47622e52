package org.goalbook.sync;

import java.util.List;

/**
 * What one sync of a notebook with its linked journal file did.
 *
 * @param outcome   the headline
 * @param conflicts the conflicts still unresolved (this sync's and earlier ones')
 */
public record SyncReport(Outcome outcome, List<Conflict> conflicts) {
    public SyncReport {
        conflicts = List.copyOf(conflicts);
    }

    /** What happened, from the user's side. */
    public enum Outcome {
        /** The notebook is not linked. */
        NOT_LINKED,
        /** Notebook and file agreed already. */
        IN_STEP,
        /** The notebook's changes were written to the file. */
        WROTE_FILE,
        /** The file's changes were read into the notebook. */
        READ_FILE,
        /** Both had changed on different lines: merged into both. */
        MERGED
    }

    public boolean conflicted() {
        return !conflicts.isEmpty();
    }

    /** Whether the notebook's outline may have changed. */
    public boolean notebookChanged() {
        return outcome == Outcome.READ_FILE || outcome == Outcome.MERGED;
    }
}
