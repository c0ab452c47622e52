package org.goalbook.ui.tree;

import org.goalbook.model.Stance;
import org.goalbook.model.TreeMoves;

/** What the goal tree asks of the window when the user edits in it; the window turns each into a stored edit. */
public interface TreeCommands {
    void tick(long id, boolean done);

    /** Ticks or unticks task item {@code number} of a page's text: one character of the page's notes. */
    void tickTask(long pageId, int number, boolean done);

    void setStance(long id, Stance stance);

    void rename(long id, String name);

    /** The user left a name edit with Esc. */
    void renameCancelled(long id);

    /** Adds a child under the node ({@code sibling} false) or a sibling after it, then starts editing its name. */
    void add(long id, boolean sibling);

    void delete(long id);

    void move(long id, Direction direction);

    void drop(long id, long targetId, TreeMoves.Drop where);

    boolean canDrop(long id, long targetId, TreeMoves.Drop where);

    /** Enter on a line: go to its notes. */
    void open(long id);

    /** The four keyboard moves. */
    enum Direction { UP, DOWN, OUT, IN }
}
