package org.goalbook.ui.inbox;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Window;

import org.goalbook.ui.BackgroundWork;
import org.goalbook.ui.StatusBar;
import org.goalbook.ui.dialogs.FileDialogs;
import org.goalbook.ui.session.NotebookSession;

/**
 * The inbox as the main window knows it: the clip commands, and the inbox view made on first use (a window that is
 * never opened costs nothing at start-up), kept current when the notebook or its inbox changes.
 */
public final class InboxWindow {
    private final Supplier<Window> owner;
    private final Consumer<Scene> style;
    private final Runnable undo;
    private final InboxModel model;
    private final ClipCommands clip;
    private InboxView view;

    public InboxWindow(Supplier<Window> owner, ObservableValue<NotebookSession> session, FileDialogs dialogs,
                       BackgroundWork work, StatusBar status, Consumer<Scene> style, Runnable undo) {
        this.owner = owner;
        this.style = style;
        this.undo = undo;
        this.model = new InboxModel(session::getValue);
        this.clip = new ClipCommands(owner, dialogs, work, status, model, this::show);
        // Within one notebook the model follows the session's changes itself; another notebook is read afresh.
        session.addListener((obs, was, is) -> refresh());
    }

    public void show() {
        if (view == null) {
            view = new InboxView(model, owner.get(), style, undo);
            clip.acceptDrops(view.scene());
        }
        view.show();
    }

    /** Closes the inbox window with the main window (its notebook is closing). */
    public void close() {
        if (view != null) {
            view.hide();
        }
    }

    public ClipCommands clip() {
        return clip;
    }

    /** Applies the window's theme and text size again (after View › Dark theme). */
    public void restyle() {
        if (view != null) {
            style.accept(view.scene());
        }
    }

    private void refresh() {
        if (view != null) {
            model.reload();
        }
    }
}
