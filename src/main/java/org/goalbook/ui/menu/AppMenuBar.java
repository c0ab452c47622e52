package org.goalbook.ui.menu;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import org.goalbook.model.Stance;
import org.goalbook.ui.model.Action;

/**
 * The window's menus: File, Edit, View, Year, Help. Each entry's label, keys and when it is enabled come from
 * {@link Action}; keys that do the same as an entry's main keys (Ctrl+Y for redo) go to the scene with it.
 */
public final class AppMenuBar {
    private final WindowActions actions;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu("Open Recent");

    public AppMenuBar(WindowActions actions) {
        this.actions = actions;
        createView();
    }

    public MenuBar view() {
        return bar;
    }

    private void createView() {
        bar.setId("menuBar");
        bar.getMenus().addAll(fileMenu(), editMenu(), viewMenu(), yearMenu(), helpMenu());
        bar.sceneProperty().addListener((obs, was, is) -> {
            if (is != null) {
                addOtherKeys(is, bar.getMenus());
            }
        });
    }

    /** The keys beyond each entry's main ones (which the menu bar handles itself). */
    private static void addOtherKeys(javafx.scene.Scene scene, List<? extends MenuItem> items) {
        for (MenuItem item : items) {
            if (item instanceof Menu menu) {
                addOtherKeys(scene, menu.getItems());
            } else if (item.getUserData() instanceof Action a) {
                a.allKeys().stream().skip(1).forEach(k -> scene.getAccelerators().put(k, () -> {
                    if (!item.isDisable()) {
                        item.fire();
                    }
                }));
            }
        }
    }

    private Menu fileMenu() {
        Menu file = new Menu("File");
        file.setOnShowing(e -> fillRecent());
        recent.getItems().add(new MenuItem("(none)"));
        file.getItems().addAll(
                item(Action.NEW_NOTEBOOK, actions::newNotebook),
                item(Action.OPEN_NOTEBOOK, actions::openNotebook),
                recent,
                new SeparatorMenuItem(),
                item(Action.IMPORT_JOURNAL, actions::importJournal),
                item(Action.EXPORT_MARKDOWN, actions::exportMarkdown),
                item(Action.EXPORT_RADAR, actions::exportRadar),
                item(Action.EXPORT_RADAR_PICTURE, actions::exportRadarPicture),
                item(Action.RESTORE_BACKUP, actions::restoreBackup),
                item(Action.LINK_JOURNAL, actions::linkJournal),
                item(Action.NOTEBOOK_PROPERTIES, actions::showProperties),
                new SeparatorMenuItem(),
                item(Action.CLIP_NEWSLETTER, actions::clipNewsletter),
                item(Action.CLIP_CLIPBOARD, actions::clipClipboard),
                new SeparatorMenuItem(),
                item(Action.QUIT, actions::quit));
        return file;
    }

    private Menu editMenu() {
        Menu stance = new Menu("Stance");
        for (Stance s : Stance.values()) {
            stance.getItems().add(item(Action.forStance(s), () -> actions.setStance(s)));
        }
        stance.getItems().add(item(Action.STANCE_NONE, () -> actions.setStance(null)));
        Menu edit = new Menu("Edit");
        edit.getItems().addAll(
                item(Action.UNDO, actions::undo),
                item(Action.REDO, actions::redo),
                new SeparatorMenuItem(),
                item(Action.CUT, actions::cut),
                item(Action.COPY, actions::copy),
                item(Action.PASTE, actions::paste),
                new SeparatorMenuItem(),
                item(Action.ADD_AFTER, actions::addSibling),
                item(Action.ADD_INSIDE, actions::addChild),
                item(Action.RENAME, actions::rename),
                item(Action.DELETE, actions::delete),
                needsNotebook(stance),
                new SeparatorMenuItem(),
                item(Action.FIND, actions::focusSearch),
                item(Action.FIND_IN_NOTE, actions::findInNote));
        return edit;
    }

    private Menu viewMenu() {
        CheckMenuItem preview = new CheckMenuItem(Action.PREVIEW.label());
        preview.setAccelerator(Action.PREVIEW.keys());
        preview.setUserData(Action.PREVIEW);
        preview.selectedProperty().bindBidirectional(actions.previewShown());
        CheckMenuItem dark = new CheckMenuItem(Action.DARK_THEME.label());
        dark.setId("menuDarkTheme");
        dark.selectedProperty().bindBidirectional(actions.darkTheme());
        CheckMenuItem hideDone = new CheckMenuItem("Hide done");
        hideDone.selectedProperty().bindBidirectional(actions.hideDone());
        CheckMenuItem hideSkipped = new CheckMenuItem("Hide skipped");
        hideSkipped.selectedProperty().bindBidirectional(actions.hideSkipped());

        Menu only = new Menu("Show stance");
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem all = new RadioMenuItem("All");
        all.setToggleGroup(group);
        all.setOnAction(e -> actions.onlyStance().set(null));
        only.getItems().add(all);
        for (Stance s : Stance.values()) {
            RadioMenuItem one = new RadioMenuItem(s.label() + " only");
            one.setToggleGroup(group);
            one.setOnAction(e -> actions.onlyStance().set(s));
            only.getItems().add(one);
        }
        Runnable syncOnly = () -> {
            Stance s = actions.onlyStance().get();
            group.selectToggle((RadioMenuItem) only.getItems().get(s == null ? 0 : s.ordinal() + 1));
        };
        actions.onlyStance().addListener((obs, was, is) -> syncOnly.run());
        syncOnly.run();

        Menu view = new Menu("View");
        view.getItems().addAll(preview, dark, item(Action.INBOX, actions::showInbox),
                new SeparatorMenuItem(),
                item(Action.FONT_BIGGER, actions::fontBigger),
                item(Action.FONT_SMALLER, actions::fontSmaller),
                item(Action.FONT_RESET, actions::fontReset),
                new SeparatorMenuItem(), hideDone, hideSkipped, only);
        return view;
    }

    private Menu yearMenu() {
        Menu year = new Menu("Year");
        year.getItems().addAll(item(Action.NEW_YEAR, actions::newYear), item(Action.RADAR, actions::showRadar),
                item(Action.REVIEW, actions::writeReview));
        return year;
    }

    private Menu helpMenu() {
        Menu help = new Menu("Help");
        help.getItems().addAll(item(Action.SHORTCUTS, actions::showShortcuts),
                item(Action.ABOUT, actions::showAbout));
        return help;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : actions.recentNotebooks()) {
            recent.getItems().add(item(p.toString(), null, () -> actions.openNotebook(p)));
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    /** A menu entry for an action: its label, its main keys when they work anywhere, enabled when it can be done. */
    private MenuItem item(Action a, Runnable action) {
        MenuItem item = new MenuItem(a.label());
        item.setUserData(a);
        if (a.where() == Action.Where.ANYWHERE) {
            item.setAccelerator(a.keys());
        }
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(Bindings.not(actions.enabled(a)));
        return item;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(KeyCombination.valueOf(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private MenuItem needsNotebook(MenuItem item) {
        item.disableProperty().bind(Bindings.not(actions.notebookOpen()));
        return item;
    }
}
