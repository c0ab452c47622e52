package org.goalbook.ui.menu;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.goalbook.model.Stance;
import org.goalbook.ui.model.Action;
import org.goalbook.ui.tree.TreeCommands.Direction;

/**
 * The goal tree's right-click menu: the edits of the selected line, labelled from {@link Action} with their keys.
 * The keys are written into the labels rather than set as accelerators: a control's context menu lends its
 * accelerators to the whole scene, and Delete or Insert must not act on the tree while the user types notes.
 */
public final class TreeContextMenu {
    private TreeContextMenu() {
    }

    public static ContextMenu create(WindowActions actions) {
        Menu stance = new Menu("Stance");
        for (Stance s : Stance.values()) {
            stance.getItems().add(item(actions, Action.forStance(s), () -> actions.setStance(s)));
        }
        stance.getItems().add(item(actions, Action.STANCE_NONE, () -> actions.setStance(null)));
        ContextMenu menu = new ContextMenu(
                stance,
                new SeparatorMenuItem(),
                item(actions, Action.ADD_AFTER, actions::addSibling),
                item(actions, Action.ADD_INSIDE, actions::addChild),
                item(actions, Action.RENAME, actions::rename),
                item(actions, Action.DELETE, actions::delete),
                new SeparatorMenuItem(),
                item(actions, Action.MOVE_UP, () -> actions.move(Direction.UP)),
                item(actions, Action.MOVE_DOWN, () -> actions.move(Direction.DOWN)),
                item(actions, Action.MOVE_OUT, () -> actions.move(Direction.OUT)),
                item(actions, Action.MOVE_IN, () -> actions.move(Direction.IN)),
                new SeparatorMenuItem(),
                item(actions, Action.CUT, actions::cut),
                item(actions, Action.COPY, actions::copy),
                item(actions, Action.PASTE, actions::paste));
        menu.setId("treeContextMenu");
        return menu;
    }

    /** "Rename  (F2)": the label with the keys, as the menu bar and the shortcuts list show them. */
    public static String labelWithKeys(Action a) {
        return a.keys() == null ? a.label() : a.label() + "  (" + a.keysText() + ")";
    }

    private static MenuItem item(WindowActions actions, Action a, Runnable action) {
        MenuItem item = new MenuItem(labelWithKeys(a));
        item.setUserData(a);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(Bindings.not(actions.enabled(a)));
        return item;
    }
}
