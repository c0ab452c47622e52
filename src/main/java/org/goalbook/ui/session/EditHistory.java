package org.goalbook.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.goalbook.model.Change;

/**
 * The undo and redo stacks of one notebook window. Each entry is the list of changes that reverses one user action,
 * as the store returned it; a new action clears redo.
 */
public final class EditHistory {
    private static final int LIMIT = 500;

    private final Deque<List<Change>> undo = new ArrayDeque<>();
    private final Deque<List<Change>> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    /** Records a new action by its inverse. */
    public void done(List<Change> inverse) {
        push(undo, inverse);
        redo.clear();
        update();
    }

    /**
     * Makes {@code inverse} part of the latest action, which then undoes as one step: naming a line just added is
     * part of adding it. The inverse runs first, then what undid the action before.
     */
    public void joinLatest(List<Change> inverse) {
        List<Change> latest = undo.pollFirst();
        List<Change> joined = new java.util.ArrayList<>(inverse);
        if (latest != null) {
            joined.addAll(latest);
        }
        push(undo, joined);
        redo.clear();
        update();
    }

    /** What undoes the latest action, left on the stack until {@link #undone}; null when there is none. */
    public List<Change> nextUndo() {
        return undo.peekFirst();
    }

    public List<Change> nextRedo() {
        return redo.peekFirst();
    }

    /** The latest action was undone; {@code inverse} re-applies it on redo. */
    public void undone(List<Change> inverse) {
        undo.removeFirst();
        push(redo, inverse);
        update();
    }

    /** The latest undone action was redone; {@code inverse} undoes it again. */
    public void redone(List<Change> inverse) {
        redo.removeFirst();
        push(undo, inverse);
        update();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private static void push(Deque<List<Change>> stack, List<Change> entry) {
        stack.addFirst(List.copyOf(entry));
        while (stack.size() > LIMIT) {
            stack.removeLast();
        }
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
