package org.goalbook.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TextInputControl;

import org.goalbook.model.Stance;
import org.goalbook.model.YearPlanner;
import org.goalbook.ui.dialogs.AboutDialog;
import org.goalbook.ui.dialogs.NewYearDialog;
import org.goalbook.ui.dialogs.ShortcutsDialog;
import org.goalbook.ui.menu.WindowActions;
import org.goalbook.ui.session.NotebookSession;
import org.goalbook.ui.tree.TreeCommands;

/** What the menus and the tree's context menu do, on the parts of one window. */
final class WindowCommands implements WindowActions {
    private final MainWindow w;

    WindowCommands(MainWindow window) {
        this.w = window;
    }

    @Override
    public void newNotebook() {
        w.files().newNotebook();
    }

    @Override
    public void openNotebook() {
        w.files().openNotebook();
    }

    @Override
    public void openNotebook(Path file) {
        w.files().open(file);
    }

    @Override
    public List<Path> recentNotebooks() {
        return w.settings().recentNotebooks();
    }

    @Override
    public void importJournal() {
        w.files().importJournal();
    }

    @Override
    public void exportMarkdown() {
        w.files().exportMarkdown();
    }

    @Override
    public void exportRadar() {
        w.files().exportRadar();
    }

    @Override
    public void exportRadarPicture() {
        w.files().exportRadarPicture();
    }

    @Override
    public void showRadar() {
        w.glance().showRadar();
    }

    @Override
    public void writeReview() {
        w.glance().writeReview();
    }

    @Override
    public void quit() {
        w.quit();
    }

    @Override
    public void clipNewsletter() {
        w.inbox().clip().clipFile();
    }

    @Override
    public void clipClipboard() {
        w.inbox().clip().clipClipboard();
    }

    @Override
    public void showInbox() {
        w.inbox().show();
    }

    @Override
    public void undo() {
        w.edits().undo();
    }

    @Override
    public void redo() {
        w.edits().redo();
    }

    @Override
    public ObservableBooleanValue canUndo() {
        return w.canUndoProperty();
    }

    @Override
    public ObservableBooleanValue canRedo() {
        return w.canRedoProperty();
    }

    @Override
    public void cut() {
        if (!(textFocus() instanceof TextInputControl t)) {
            w.clipboard().cut();
        } else {
            t.cut();
        }
    }

    @Override
    public void copy() {
        if (!(textFocus() instanceof TextInputControl t)) {
            w.clipboard().copy();
        } else {
            t.copy();
        }
    }

    @Override
    public void paste() {
        if (!(textFocus() instanceof TextInputControl t)) {
            w.clipboard().paste();
        } else {
            t.paste();
        }
    }

    /** A text field or the editor with the focus: the clipboard menu items then work on its text. */
    private Object textFocus() {
        return w.scene().getFocusOwner() instanceof TextInputControl t ? t : null;
    }

    @Override
    public void addSibling() {
        selected(id -> w.edits().add(id, true));
    }

    @Override
    public void addChild() {
        selected(id -> w.edits().add(id, false));
    }

    @Override
    public void rename() {
        selected(w.tree()::editName);
    }

    @Override
    public void delete() {
        selected(w.edits()::delete);
    }

    @Override
    public void setStance(Stance stance) {
        selected(id -> w.edits().setStance(id, stance));
    }

    @Override
    public void move(TreeCommands.Direction direction) {
        selected(id -> w.edits().move(id, direction));
    }

    private void selected(java.util.function.LongConsumer action) {
        var node = w.tree().selectedNodeProperty().get();
        if (w.session() != null && node != null) {
            action.accept(node.id());
        }
    }

    @Override
    public void newYear() {
        NotebookSession s = w.session();
        if (s == null) {
            return;
        }
        NewYearDialog.ask(w.stage(), s.outline()).ifPresent(choice -> {
            List<Long> created = w.edits().edit(o -> choice.fromYearId() == 0
                    ? YearPlanner.empty(o, choice.year())
                    : YearPlanner.carryOver(o, choice.fromYearId(), choice.year(), choice.leaveDone()));
            if (created != null && !created.isEmpty()) {
                w.tree().select(created.get(0));
                w.status().info("Added " + choice.year() + ". Ctrl+Z takes it away again.");
            }
        });
    }

    @Override
    public void focusSearch() {
        w.search().focus();
    }

    @Override
    public BooleanProperty previewShown() {
        return w.options().previewShown();
    }

    @Override
    public BooleanProperty darkTheme() {
        return w.options().darkTheme();
    }

    @Override
    public void fontBigger() {
        w.options().fontBigger();
    }

    @Override
    public void fontSmaller() {
        w.options().fontSmaller();
    }

    @Override
    public void fontReset() {
        w.options().fontReset();
    }

    @Override
    public BooleanProperty hideDone() {
        return w.options().hideDone();
    }

    @Override
    public BooleanProperty hideSkipped() {
        return w.options().hideSkipped();
    }

    @Override
    public ObjectProperty<Stance> onlyStance() {
        return w.options().onlyStance();
    }

    @Override
    public ObservableBooleanValue notebookOpen() {
        return w.sessionProperty().isNotNull();
    }

    @Override
    public void showShortcuts() {
        ShortcutsDialog.show(w.stage());
    }

    @Override
    public void showAbout() {
        AboutDialog.show(w.stage());
    }
}
