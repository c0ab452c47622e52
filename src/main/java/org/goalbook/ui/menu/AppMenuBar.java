package org.goalbook.ui.menu;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import org.goalbook.model.Stance;

/** The window's menus: File, Edit, View, Year, Help, with the shortcuts listed in {@link Shortcut#ALL}. */
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
    }

    private Menu fileMenu() {
        Menu file = new Menu("File");
        file.setOnShowing(e -> fillRecent());
        recent.getItems().add(new MenuItem("(none)"));
        file.getItems().addAll(
                item("New notebook…", "Shortcut+Shift+N", actions::newNotebook),
                item("Open notebook…", "Shortcut+O", actions::openNotebook),
                recent,
                new SeparatorMenuItem(),
                needsNotebook(item("Import journal…", "Shortcut+I", actions::importJournal)),
                needsNotebook(item("Export Markdown…", "Shortcut+E", actions::exportMarkdown)),
                needsNotebook(item("Export radar…", null, actions::exportRadar)),
                needsNotebook(item("Export radar picture…", null, actions::exportRadarPicture)),
                new SeparatorMenuItem(),
                needsNotebook(item("Clip newsletter…", null, actions::clipNewsletter)),
                needsNotebook(item("Clip from clipboard", "Shortcut+Shift+V", actions::clipClipboard)),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", actions::quit));
        return file;
    }

    private Menu editMenu() {
        Menu stance = new Menu("Stance");
        for (Stance s : Stance.values()) {
            stance.getItems().add(item(s.label(), "Shortcut+" + (s.ordinal() + 1), () -> actions.setStance(s)));
        }
        stance.getItems().add(item("None", "Shortcut+0", () -> actions.setStance(null)));
        Menu edit = new Menu("Edit");
        edit.getItems().addAll(
                enabledWhen(item("Undo", "Shortcut+Z", actions::undo), actions.canUndo()),
                enabledWhen(item("Redo", "Shortcut+Shift+Z", actions::redo), actions.canRedo()),
                new SeparatorMenuItem(),
                needsNotebook(item("Cut", "Shortcut+X", actions::cut)),
                needsNotebook(item("Copy", "Shortcut+C", actions::copy)),
                needsNotebook(item("Paste", "Shortcut+V", actions::paste)),
                new SeparatorMenuItem(),
                // Insert and Delete act in the tree only (see GoalTree): in a text field they edit text.
                needsNotebook(item("Add line after", "Shortcut+Enter", actions::addSibling)),
                needsNotebook(item("Add line inside", null, actions::addChild)),
                needsNotebook(item("Rename", "F2", actions::rename)),
                needsNotebook(item("Delete", null, actions::delete)),
                needsNotebook(stance),
                new SeparatorMenuItem(),
                needsNotebook(item("Find", "Shortcut+F", actions::focusSearch)));
        return edit;
    }

    private Menu viewMenu() {
        CheckMenuItem preview = new CheckMenuItem("Preview");
        preview.setAccelerator(KeyCombination.valueOf("Shortcut+P"));
        preview.selectedProperty().bindBidirectional(actions.previewShown());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
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
        view.getItems().addAll(preview, dark, needsNotebook(item("Inbox", "Shortcut+Shift+B", actions::showInbox)),
                new SeparatorMenuItem(),
                item("Bigger text", "Shortcut+Plus", actions::fontBigger),
                item("Smaller text", "Shortcut+Minus", actions::fontSmaller),
                item("Normal text size", "Shortcut+Shift+0", actions::fontReset),
                new SeparatorMenuItem(), hideDone, hideSkipped, only);
        return view;
    }

    private Menu yearMenu() {
        Menu year = new Menu("Year");
        year.getItems().addAll(needsNotebook(item("New year…", null, actions::newYear)),
                needsNotebook(item("Radar…", null, actions::showRadar)),
                needsNotebook(item("Review…", null, actions::writeReview)));
        return year;
    }

    private Menu helpMenu() {
        Menu help = new Menu("Help");
        help.getItems().addAll(item("Keyboard shortcuts", "F1", actions::showShortcuts),
                item("About Goalbook", null, actions::showAbout));
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

    private static MenuItem enabledWhen(MenuItem item, ObservableBooleanValue enabled) {
        item.disableProperty().bind(Bindings.not(enabled));
        return item;
    }
}
