package org.goalbook.ui.session;

import java.util.Set;

import org.goalbook.model.Outline;

/**
 * What one stored change did to a notebook's outline, so that each view updates only what it shows of it.
 *
 * @param kind    an edit of the tree, typed notes, or the whole notebook replaced (import)
 * @param before  the outline before the change
 * @param after   the outline after it
 * @param touched ids of the nodes the change stored or removed (empty: nothing changed, but a view may show what it
 *                assumed, such as a box the user clicked, and should draw the stored state again)
 */
public record OutlineChange(Kind kind, Outline before, Outline after, Set<Long> touched) {
    public OutlineChange {
        touched = Set.copyOf(touched);
    }

    /** What kind of change. */
    public enum Kind {
        /** Nodes were added, removed, moved or changed: an undoable edit, or its undo or redo. */
        EDIT,
        /** One node's notes were stored as the user typed; nothing the tree shows changed. */
        NOTES,
        /** The whole notebook was replaced (import): ids may now stand for other nodes. */
        REPLACED
    }
}
