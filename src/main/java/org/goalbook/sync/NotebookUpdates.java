package org.goalbook.sync;

import java.util.List;

import org.goalbook.model.Change;
import org.goalbook.model.Notebook;

/**
 * How changes read from the journal file reach the notebook: straight into the store (command line), or through the
 * window's session so the tree updates in place and the change can be undone.
 */
public interface NotebookUpdates {
    /** Stores one action's changes in one transaction. */
    void apply(List<Change> changes);

    /** Replaces the notebook's whole contents (linking a file in place of the notebook). */
    void replaceAll(Notebook notebook);
}
