package org.goalbook.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Window;

import org.goalbook.markdown.JournalException;
import org.goalbook.markdown.PageTasks;
import org.goalbook.model.Change;
import org.goalbook.model.EditRefused;
import org.goalbook.model.NewLine;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;
import org.goalbook.model.TreeMoves;
import org.goalbook.store.NotebookException;
import org.goalbook.ui.editor.EditorCommands;
import org.goalbook.ui.model.Action;
import org.goalbook.ui.model.WindowModel;
import org.goalbook.ui.session.NotebookSession;
import org.goalbook.ui.tree.TreeCommands;

/**
 * Turns what the user does in the tree and the editor header into stored, undoable edits: plan with
 * {@link OutlineEdits}, store through the session, then put the selection where the user expects it. A refused edit
 * is a notice in the status bar; a store failure is a dialog, and the window stays as it was.
 */
public final class NotebookEdits implements TreeCommands, EditorCommands {
    private final WindowModel model;
    private final Supplier<Window> owner;
    private final Clock clock;
    /** A line just added and being named: Esc takes it away again. */
    private long freshId;
    private long lastNotesAlert;

    public NotebookEdits(WindowModel model, Supplier<Window> owner, Clock clock) {
        this.model = model;
        this.owner = owner;
        this.clock = clock;
        // A notes write that failed was tried again at a change of node while it ran here; it still is.
        model.selectedProperty().addListener((obs, was, is) -> {
            NotebookSession s = model.session();
            if (s != null) {
                s.retryNotesNotStored();
            }
        });
    }

    @Override
    public void tick(long id, boolean done) {
        edit(o -> OutlineEdits.tick(o, id, done, LocalDate.now(clock)));
    }

    @Override
    public void tickTask(long pageId, int number, boolean done) {
        try {
            edit(o -> OutlineEdits.setNotes(o, pageId, PageTasks.tick(o.get(pageId).notes(), number, done)));
        } catch (JournalException e) {
            // The task went from the text as it was stored just now: the tree follows that store on its own.
            failed(new EditRefused(e.getMessage()));
        }
    }

    @Override
    public void setStance(long id, Stance stance) {
        edit(o -> OutlineEdits.setStance(o, id, stance));
    }

    @Override
    public void rename(long id, String name) {
        boolean wasFresh = id == freshId;
        freshId = 0;
        Function<Outline, List<Change>> plan = o -> OutlineEdits.rename(o, id, name);
        if ((wasFresh ? edit(plan, true) : edit(plan)) == null && wasFresh) {
            undo();
        }
    }

    @Override
    public void renameCancelled(long id) {
        if (id == freshId) {
            freshId = 0;
            undo();
        }
    }

    @Override
    public void add(long id, boolean sibling) {
        NotebookSession s = model.session();
        if (s == null || s.outline().find(id).isEmpty()) {
            return;
        }
        String[] name = new String[1];
        List<Long> created = edit(o -> {
            name[0] = NewLine.placeholder(o, id, sibling);
            return NewLine.plan(o, id, sibling, name[0]);
        });
        if (created != null && !created.isEmpty()) {
            long fresh = created.stream().filter(c -> s.outline().get(c).name().equals(name[0])).findFirst()
                    .orElse(created.get(0));
            freshId = fresh;
            model.startNaming(fresh);
        }
    }

    @Override
    public void delete(long id) {
        NotebookSession s = model.session();
        if (s == null || s.outline().find(id).isEmpty()) {
            return;
        }
        String name = s.outline().get(id).displayName();
        if (edit(o -> OutlineEdits.delete(o, id)) != null) {
            model.info("Deleted \"" + name + "\". " + Action.UNDO.keysText() + " brings it back.");
        }
    }

    @Override
    public void move(long id, Direction direction) {
        edit(o -> TreeMoves.step(o, id, switch (direction) {
            case UP -> TreeMoves.Step.UP;
            case DOWN -> TreeMoves.Step.DOWN;
            case OUT -> TreeMoves.Step.OUT;
            case IN -> TreeMoves.Step.IN;
        }));
        model.select(id);
    }

    @Override
    public void drop(long id, long targetId, TreeMoves.Drop where) {
        edit(o -> TreeMoves.dropped(o, id, targetId, where));
        model.select(id);
    }

    @Override
    public boolean canDrop(long id, long targetId, TreeMoves.Drop where) {
        NotebookSession s = model.session();
        return s != null && TreeMoves.canDrop(s.outline(), id, targetId, where);
    }

    @Override
    public void open(long id) {
        model.request(WindowModel.Request.FOCUS_NOTES);
    }

    @Override
    public boolean saveNotes(long id, String text) {
        NotebookSession s = model.session();
        if (s == null) {
            return true;
        }
        try {
            s.saveNotes(id, text);
            return true;
        } catch (EditRefused e) {
            model.warn(e.getMessage());
            return true;
        } catch (NotebookException e) {
            notesNotStored(e);
            return false;
        }
    }

    /**
     * Says that typed notes could not be stored: here, or later on the session's writer thread (which posts it to
     * the FX thread); either way the text stays and is tried again.
     */
    public void notesNotStored(NotebookException e) {
        // Saves run from timers, where a modal dialog may not open, and would repeat with every pause.
        long now = clock.millis();
        if (now - lastNotesAlert > 30_000) {
            lastNotesAlert = now;
            Platform.runLater(() -> org.goalbook.ui.dialogs.Alerts.error(owner.get(), "Notes not stored",
                    e.getMessage(), "Your text stays in the editor; Goalbook tries again as you type. "
                            + "Free some disk space or copy the text somewhere safe."));
        }
        model.warn("Notes not stored yet: " + e.getMessage());
    }

    public void undo() {
        history(true);
    }

    public void redo() {
        history(false);
    }

    private void history(boolean undo) {
        NotebookSession s = model.session();
        if (s == null) {
            return;
        }
        model.storePending();
        try {
            List<Long> back = undo ? s.undo() : s.redo();
            if (!back.isEmpty()) {
                model.select(back.get(0));
            }
        } catch (NotebookException | EditRefused e) {
            failed(e);
        }
    }

    /**
     * Plans and stores one edit; the ids it created, or null when it was refused or failed (nothing changed then).
     */
    public List<Long> edit(Function<Outline, List<Change>> plan) {
        return edit(plan, false);
    }

    /** {@code joinLatest}: the edit is undone together with the one before (see the session). */
    private List<Long> edit(Function<Outline, List<Change>> plan, boolean joinLatest) {
        NotebookSession s = model.session();
        if (s == null) {
            return null;
        }
        model.storePending();
        try {
            return joinLatest ? s.editJoiningLatest(plan) : s.edit(plan);
        } catch (EditRefused | NotebookException e) {
            failed(e);
            return null;
        }
    }

    private void failed(RuntimeException e) {
        // Redraw from the stored outline: a checkbox the user clicked must show what is stored.
        model.redraw();
        if (e instanceof EditRefused) {
            model.warn(e.getMessage());
        } else {
            org.goalbook.ui.dialogs.Alerts.error(owner.get(), "Change not stored", e.getMessage(),
                    "Nothing was changed. If the disk is full or the file was moved, fix that and try again.");
        }
    }
}
