package org.goalbook.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import org.fxmisc.richtext.ClipboardActions;

import org.goalbook.model.Node;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.PageSections;
import org.goalbook.model.Stance;
import org.goalbook.model.YearPlanner;
import org.goalbook.ui.clipboard.NodeClipboard;
import org.goalbook.ui.dialogs.AboutDialog;
import org.goalbook.ui.dialogs.NewYearDialog;
import org.goalbook.ui.dialogs.PropertiesDialog;
import org.goalbook.ui.dialogs.ShortcutsDialog;
import org.goalbook.ui.files.NotebookFiles;
import org.goalbook.ui.inbox.InboxWindow;
import org.goalbook.ui.menu.WindowActions;
import org.goalbook.ui.model.Action;
import org.goalbook.ui.model.WindowModel;
import org.goalbook.ui.radar.YearGlance;
import org.goalbook.ui.session.NotebookSession;
import org.goalbook.ui.sync.JournalFollower;
import org.goalbook.ui.tree.TreeCommands;

/** What the menus and the tree's context menu do, on the parts of one window. */
final class WindowCommands implements WindowActions {
    private final WindowModel model;
    private final NotebookEdits edits;
    private final NodeClipboard clipboard;
    private final NotebookFiles files;
    private final YearGlance glance;
    private final InboxWindow inbox;
    private final Settings settings;
    private final Stage stage;
    private final Runnable quit;
    private final JournalFollower journal;

    WindowCommands(WindowModel model, NotebookEdits edits, NodeClipboard clipboard, NotebookFiles files,
                   YearGlance glance, InboxWindow inbox, Settings settings, Stage stage, Runnable quit,
                   JournalFollower journal) {
        this.model = model;
        this.edits = edits;
        this.clipboard = clipboard;
        this.files = files;
        this.glance = glance;
        this.inbox = inbox;
        this.settings = settings;
        this.stage = stage;
        this.quit = quit;
        this.journal = journal;
    }

    @Override
    public void newNotebook() {
        files.newNotebook();
    }

    @Override
    public void openNotebook() {
        files.openNotebook();
    }

    @Override
    public void openNotebook(Path file) {
        files.open(file);
    }

    @Override
    public List<Path> recentNotebooks() {
        return settings.recentNotebooks();
    }

    @Override
    public void importJournal() {
        files.importJournal();
    }

    @Override
    public void restoreBackup() {
        files.restoreBackup();
    }

    @Override
    public void exportMarkdown() {
        files.exportMarkdown();
    }

    @Override
    public void exportRadar() {
        files.exportRadar();
    }

    @Override
    public void exportRadarPicture() {
        files.exportRadarPicture();
    }

    @Override
    public void linkJournal() {
        journal.link();
    }

    @Override
    public void showProperties() {
        NotebookSession s = model.session();
        if (s == null) {
            return;
        }
        Node opening = PageSections.opening(s.outline()).orElse(null);
        PropertiesDialog.show(stage, s.properties(), opening == null ? null : opening.notes(),
                new PropertiesDialog.Store() {
                    @Override
                    public NotebookMeta set(String key, String value) {
                        NotebookMeta stored = s.setProperty(key, value);
                        model.info("Stored the notebook's " + key + ".");
                        return stored;
                    }

                    @Override
                    public void setOpening(String text) {
                        s.saveNotes(opening.id(), text);
                        model.info("Stored the journal's opening text.");
                    }
                });
    }

    @Override
    public void showRadar() {
        glance.showRadar();
    }

    @Override
    public void writeReview() {
        glance.writeReview();
    }

    @Override
    public void quit() {
        quit.run();
    }

    @Override
    public void clipNewsletter() {
        inbox.clip().clipFile();
    }

    @Override
    public void clipClipboard() {
        inbox.clip().clipClipboard();
    }

    @Override
    public void showInbox() {
        inbox.show();
    }

    @Override
    public void undo() {
        edits.undo();
    }

    @Override
    public void redo() {
        edits.redo();
    }


    @Override
    public void cut() {
        if (textFocus() instanceof TextInputControl t) {
            t.cut();
        } else if (textFocus() instanceof ClipboardActions<?, ?, ?> notes) {
            notes.cut();
        } else {
            clipboard.cut();
        }
    }

    @Override
    public void copy() {
        if (textFocus() instanceof TextInputControl t) {
            t.copy();
        } else if (textFocus() instanceof ClipboardActions<?, ?, ?> notes) {
            notes.copy();
        } else {
            clipboard.copy();
        }
    }

    @Override
    public void paste() {
        if (textFocus() instanceof TextInputControl t) {
            t.paste();
        } else if (textFocus() instanceof ClipboardActions<?, ?, ?> notes) {
            notes.paste();
        } else {
            clipboard.paste();
        }
    }

    /** A text field or the notes editor with the focus: the clipboard menu items then work on its text. */
    private Object textFocus() {
        Object focus = stage.getScene().getFocusOwner();
        return focus instanceof TextInputControl || focus instanceof ClipboardActions<?, ?, ?> ? focus : null;
    }

    @Override
    public void addSibling() {
        selected(id -> edits.add(id, true));
    }

    @Override
    public void addChild() {
        selected(id -> edits.add(id, false));
    }

    @Override
    public void rename() {
        selected(model::startNaming);
    }

    @Override
    public void delete() {
        selected(edits::delete);
    }

    @Override
    public void setStance(Stance stance) {
        selected(id -> edits.setStance(id, stance));
    }

    @Override
    public void move(TreeCommands.Direction direction) {
        selected(id -> edits.move(id, direction));
    }

    private void selected(java.util.function.LongConsumer action) {
        var node = model.selected();
        if (model.session() != null && node != null && model.selectedPageTask() != null) {
            model.refuseOnPageTask();
        } else if (model.session() != null && node != null) {
            action.accept(node.id());
        }
    }

    @Override
    public void newYear() {
        NotebookSession s = model.session();
        if (s == null) {
            return;
        }
        NewYearDialog.ask(stage, s.outline()).ifPresent(choice -> {
            List<Long> created = edits.edit(o -> choice.fromYearId() == 0
                    ? YearPlanner.empty(o, choice.year())
                    : YearPlanner.carryOver(o, choice.fromYearId(), choice.year(), choice.carry()));
            if (created != null && !created.isEmpty()) {
                model.select(created.get(0));
                model.info("Added " + choice.year() + ". " + Action.UNDO.keysText() + " takes it away again.");
            }
        });
    }

    @Override
    public void focusSearch() {
        model.request(WindowModel.Request.FOCUS_SEARCH);
    }

    @Override
    public void findInNote() {
        model.request(WindowModel.Request.FIND_IN_NOTE);
    }

    @Override
    public BooleanProperty previewShown() {
        return model.options().previewShown();
    }

    @Override
    public BooleanProperty darkTheme() {
        return model.options().darkTheme();
    }

    @Override
    public void fontBigger() {
        model.options().fontBigger();
    }

    @Override
    public void fontSmaller() {
        model.options().fontSmaller();
    }

    @Override
    public void fontReset() {
        model.options().fontReset();
    }

    @Override
    public BooleanProperty hideDone() {
        return model.options().hideDone();
    }

    @Override
    public BooleanProperty hideSkipped() {
        return model.options().hideSkipped();
    }

    @Override
    public ObjectProperty<Stance> onlyStance() {
        return model.options().onlyStance();
    }

    @Override
    public ObservableBooleanValue notebookOpen() {
        return model.notebookOpen();
    }

    @Override
    public ObservableBooleanValue enabled(Action action) {
        return action.enabled(model);
    }

    @Override
    public void showShortcuts() {
        ShortcutsDialog.show(stage);
    }

    @Override
    public void showAbout() {
        AboutDialog.show(stage);
    }
}
