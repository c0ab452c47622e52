package org.goalbook.ui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.goalbook.model.Change;
import org.goalbook.model.Node;
import org.goalbook.model.Notebook;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Outline;
import org.goalbook.store.NotebookStore;
import org.goalbook.store.SearchHit;

/**
 * One open notebook as the window sees it: the current outline, edits that are stored at once, and undo/redo.
 * Notes typed in the editor are stored too but are not undo steps of the tree: the text area has its own undo.
 */
public final class NotebookSession implements AutoCloseable {
    private final NotebookStore store;
    private final EditHistory history = new EditHistory();
    private final ReadOnlyObjectWrapper<Outline> outline = new ReadOnlyObjectWrapper<>();

    public NotebookSession(NotebookStore store) {
        this.store = store;
        outline.set(store.outline());
    }

    /** Opens the notebook file, creating it when missing; see {@link NotebookStore#open}. */
    public static NotebookSession open(Path file) {
        return new NotebookSession(NotebookStore.open(file));
    }

    public Path path() {
        return store.path();
    }

    /** What the user should be told about the opening; see {@link NotebookStore#notices()}. */
    public java.util.List<String> notices() {
        return store.notices();
    }

    public Outline outline() {
        return outline.get();
    }

    /** The outline after the latest change; a new snapshot after every change. */
    public ReadOnlyObjectProperty<Outline> outlineProperty() {
        return outline.getReadOnlyProperty();
    }

    /**
     * Plans an edit against the current outline, stores it and makes it undoable.
     *
     * @return the ids of nodes the edit created, parents before children (empty for most edits)
     * @throws org.goalbook.model.EditRefused when the plan refuses the edit; nothing is changed then
     */
    public List<Long> edit(Function<Outline, List<Change>> plan) {
        List<Change> changes = plan.apply(outline());
        if (changes.isEmpty()) {
            return List.of();
        }
        Outline before = outline();
        history.done(store.apply(changes));
        return refresh(before);
    }

    /** Stores a node's notes; not an undo step. Does nothing when the node is gone or the text is unchanged. */
    public void saveNotes(long id, String text) {
        if (outline().find(id).isEmpty()) {
            return;
        }
        List<Change> changes = OutlineEdits.setNotes(outline(), id, text);
        if (!changes.isEmpty()) {
            store.apply(changes);
            refresh(outline());
        }
    }

    /**
     * Undoes the latest edit; when the store refuses, the entry stays so nothing is lost.
     *
     * @return the ids of nodes it brought back; empty when there was nothing to undo
     */
    public List<Long> undo() {
        List<Change> entry = history.nextUndo();
        if (entry == null) {
            return List.of();
        }
        Outline before = outline();
        history.undone(store.apply(keepCurrentNotes(entry)));
        return refresh(before);
    }

    public List<Long> redo() {
        List<Change> entry = history.nextRedo();
        if (entry == null) {
            return List.of();
        }
        Outline before = outline();
        history.redone(store.apply(keepCurrentNotes(entry)));
        return refresh(before);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** Replaces the whole notebook (import); this cannot be undone, so the history starts afresh. */
    public void replaceAll(Notebook notebook) {
        store.replaceAll(notebook);
        history.clear();
        refresh(outline());
    }

    public Notebook notebook() {
        return store.notebook();
    }

    public List<SearchHit> search(String text) {
        return store.search(text, 500);
    }

    @Override
    public void close() {
        store.close();
    }

    /**
     * An undo entry holds whole nodes as they were, notes included; but notes are saved outside the history, so a
     * node that still exists keeps the notes it has now. Without this, undoing a tick would throw away typing.
     */
    private List<Change> keepCurrentNotes(List<Change> entry) {
        List<Change> out = new ArrayList<>(entry.size());
        for (Change c : entry) {
            if (c instanceof Change.Put put && outline().find(put.node().id()).isPresent()) {
                Node now = outline().get(put.node().id());
                out.add(new Change.Put(put.node().withNotes(now.notes())));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private List<Long> refresh(Outline before) {
        Outline after = store.outline();
        outline.set(after);
        Set<Long> old = new HashSet<>();
        before.preorder().forEach(n -> old.add(n.id()));
        List<Long> created = new ArrayList<>();
        for (Node n : after.preorder()) {
            if (!old.contains(n.id())) {
                created.add(n.id());
            }
        }
        return created;
    }
}
