package org.goalbook.ui.editor;

import org.goalbook.model.Stance;

/** What the editor pane asks of the window: store notes, set a stance, tick, rename (a link is in the name). */
public interface EditorCommands {
    /** Stores a node's notes; false when they could not be stored (the editor keeps them and tries again). */
    boolean saveNotes(long id, String text);

    void setStance(long id, Stance stance);

    void tick(long id, boolean done);

    /** Renames a node; a refusal is told to the user, nothing changes. */
    void rename(long id, String name);
}
