package org.goalbook.ui.menu;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

import org.goalbook.model.Stance;

/** Everything the menus can do; the window implements it. */
public interface WindowActions {
    void newNotebook();

    void openNotebook();

    void openNotebook(Path file);

    List<Path> recentNotebooks();

    void importJournal();

    void exportMarkdown();

    void exportRadar();

    void exportRadarPicture();

    void restoreBackup();
    /** File › Link journal file…: the notebook follows a Markdown file from then on. */
    void linkJournal();

    /** The notebook's properties (the journal's front matter) and its opening text, to see and change. */
    void showProperties();

    void quit();

    /** File › Clip newsletter…, Ctrl+Shift+V (clipboard text) and View › Inbox. */
    void clipNewsletter();

    void clipClipboard();

    void showInbox();

    void undo();

    void redo();

    void cut();

    void copy();

    void paste();

    void addSibling();

    void addChild();

    void rename();

    void delete();

    void setStance(Stance stance);

    /** Moves the selected line (Alt+arrows in the tree). */
    void move(org.goalbook.ui.tree.TreeCommands.Direction direction);

    void newYear();

    /** Year › Radar…: the selected year's radar in a window of its own. */
    void showRadar();

    /** Year › Review…: the selected year's review, kept as a page. */
    void writeReview();

    void focusSearch();

    /** Edit › Find and replace in the notes (the tree search keeps Ctrl+F). */
    void findInNote();

    BooleanProperty previewShown();

    BooleanProperty darkTheme();

    void fontBigger();

    void fontSmaller();

    void fontReset();

    BooleanProperty hideDone();

    BooleanProperty hideSkipped();

    /** Show only items with this stance; null for all. */
    ObjectProperty<Stance> onlyStance();

    /** True while a notebook is open: most commands need one. */
    ObservableBooleanValue notebookOpen();

    /** True while the action can be done (see {@link org.goalbook.ui.model.Action#enabled}). */
    ObservableBooleanValue enabled(org.goalbook.ui.model.Action action);

    void showShortcuts();

    void showAbout();
}
