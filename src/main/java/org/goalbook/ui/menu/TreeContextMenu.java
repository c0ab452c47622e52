package org.goalbook.ui.menu;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.goalbook.model.Stance;
import org.goalbook.ui.tree.TreeCommands.Direction;

/** The goal tree's right-click menu: the edits of the selected line, with their keys in the labels. */
public final class TreeContextMenu {
    private TreeContextMenu() {
    }

    public static ContextMenu create(WindowActions actions) {
        Menu stance = new Menu("Stance");
        for (Stance s : Stance.values()) {
            stance.getItems().add(item(s.label() + "  (Ctrl+" + (s.ordinal() + 1) + ")", () -> actions.setStance(s)));
        }
        stance.getItems().add(item("None  (Ctrl+0)", () -> actions.setStance(null)));
        ContextMenu menu = new ContextMenu(
                stance,
                new SeparatorMenuItem(),
                item("Add line after  (Ctrl+Enter)", actions::addSibling),
                item("Add line inside  (Insert)", actions::addChild),
                item("Rename  (F2)", actions::rename),
                item("Delete  (Delete)", actions::delete),
                new SeparatorMenuItem(),
                item("Move up  (Alt+Up)", () -> actions.move(Direction.UP)),
                item("Move down  (Alt+Down)", () -> actions.move(Direction.DOWN)),
                item("Move out  (Alt+Left)", () -> actions.move(Direction.OUT)),
                item("Move into line above  (Alt+Right)", () -> actions.move(Direction.IN)),
                new SeparatorMenuItem(),
                item("Cut", actions::cut),
                item("Copy", actions::copy),
                item("Paste", actions::paste));
        menu.setId("treeContextMenu");
        return menu;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
