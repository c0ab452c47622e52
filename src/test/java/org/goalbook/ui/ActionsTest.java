package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.goalbook.ui.menu.Shortcut;
import org.goalbook.ui.model.Action;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Each action is defined once: the menus, the context menu and the F1 list show the same keys, enabled alike. */
class ActionsTest extends SampleWindowTest {
    @Test
    void theMenusTheContextMenuAndTheShortcutsListShowTheSameKeys(FxRobot robot) {
        Map<Action, MenuItem> menu = items(robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus());
        Map<Action, MenuItem> context = items(contextMenu().getItems());
        robot.interact(() -> fixture.window.tree().view().requestFocus());
        robot.type(KeyCode.F1);
        WindowFixture.waitUntil(() -> robot.lookup("#shortcutsTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        List<Shortcut> listed = new ArrayList<>(robot.lookup("#shortcutsTable").queryAs(TableView.class).getItems());
        robot.type(KeyCode.ESCAPE);

        int checked = 0;
        for (Action a : Action.values()) {
            if (a.keys() == null) {
                continue;
            }
            String keys = a.keys().getDisplayText();
            assertTrue(listed.stream().anyMatch(s -> s.keys().startsWith(keys) && s.where().equals(a.where().label())),
                    a + " is in the F1 list with " + keys);
            MenuItem inMenu = menu.get(a);
            if (inMenu != null && a.where() == Action.Where.ANYWHERE) {
                assertEquals(keys, inMenu.getAccelerator().getDisplayText(), a + " in the menu bar");
                checked++;
            }
            MenuItem inContext = context.get(a);
            if (inContext != null) {
                assertTrue(inContext.getText().endsWith("(" + keys + ")"), inContext.getText());
                checked++;
            }
        }
        assertTrue(checked > 25, "most actions are in a menu: " + checked);
        assertEquals("Rename  (F2)", context.get(Action.RENAME).getText());
        assertTrue(listed.stream().anyMatch(s -> s.keys().equals("Delete") && s.where().equals("Goal tree")));
    }

    @Test
    void renameAndDeleteAreDisabledWithNothingSelected(FxRobot robot) {
        Map<Action, MenuItem> menu = items(robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus());
        Map<Action, MenuItem> context = items(contextMenu().getItems());
        robot.interact(() -> fixture.window.tree().view().getSelectionModel().clearSelection());

        for (Action a : List.of(Action.RENAME, Action.DELETE, Action.ADD_AFTER, Action.STANCE_SKIP)) {
            assertTrue(menu.get(a).isDisable(), a + " in the menu bar");
            assertTrue(context.get(a).isDisable(), a + " in the context menu");
        }
        assertFalse(menu.get(Action.FIND).isDisable(), "a notebook is open: search works");

        robot.interact(() -> fixture.window.tree().select(sample.react));
        assertFalse(menu.get(Action.RENAME).isDisable());
        assertFalse(context.get(Action.DELETE).isDisable());
    }

    @Test
    void ctrlShiftEqualsMakesTheTextBigger(FxRobot robot) {
        robot.interact(() -> fixture.window.tree().view().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS);
        assertTrue(fixture.window.scene().getRoot().getStyleClass().contains("font-15"));
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        assertTrue(fixture.window.scene().getRoot().getStyleClass().contains("font-14"));
    }

    private ContextMenu contextMenu() {
        return fixture.window.tree().contextMenu();
    }

    private static Map<Action, MenuItem> items(List<? extends MenuItem> items) {
        Map<Action, MenuItem> out = new HashMap<>();
        for (MenuItem item : items) {
            if (item instanceof Menu m) {
                out.putAll(items(m.getItems()));
            } else if (item.getUserData() instanceof Action a) {
                out.put(a, item);
            }
        }
        return out;
    }
}
