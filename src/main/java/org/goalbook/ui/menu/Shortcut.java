package org.goalbook.ui.menu;

import java.util.ArrayList;
import java.util.List;

import org.goalbook.ui.model.Action;

/**
 * One keyboard shortcut as Help › Keyboard shortcuts lists it. Every action with keys comes from {@link Action}, the
 * table the menus and the tree read too, so the list cannot drift from what the keys do; the few keys that are no
 * action of their own (Esc, Enter in the search field) are added here.
 *
 * @param keys  the keys as printed, e.g. "Ctrl+Shift+Z or Ctrl+Y"
 * @param what  what they do
 * @param where "Anywhere", "Goal tree", "Editor" or "Search"
 */
public record Shortcut(String keys, String what, String where) {
    public static final String EDITOR = Action.Where.EDITOR.label();
    public static final String SEARCH = "Search";

    /** Every shortcut: the actions' keys first, anywhere before in the tree, then the keys of the editor and search. */
    public static final List<Shortcut> ALL = all();

    private static List<Shortcut> all() {
        List<Shortcut> out = new ArrayList<>();
        for (Action.Where where : Action.Where.values()) {
            for (Action a : Action.values()) {
                if (a.where() == where && a.keys() != null) {
                    out.add(new Shortcut(a.keysText(), describe(a), where.label()));
                }
            }
        }
        out.add(new Shortcut("Double-click, then Enter / Esc", "Rename in place, keep / cancel",
                Action.Where.TREE.label()));
        out.add(new Shortcut("Esc", "Back to the goal tree", EDITOR));
        out.add(new Shortcut("Enter", "Next match", SEARCH));
        out.add(new Shortcut("Esc", "Clear the search", SEARCH));
        return List.copyOf(out);
    }

    private static String describe(Action a) {
        return switch (a) {
            case STANCE_MAINTAIN, STANCE_IMPROVE, STANCE_EXPLORE, STANCE_SKIP -> "Stance " + a.label();
            case STANCE_NONE -> "No stance";
            case UNDO -> "Undo the last change to the tree (in a text field: undo typing)";
            case ADD_AFTER -> "Add a line after the selected one and name it";
            case ADD_INSIDE -> "Add a line inside the selected one and name it";
            case DELETE -> "Delete the selected line and what is under it (" + Action.UNDO.keysText()
                    + " brings it back)";
            case CUT, COPY, PASTE -> a.label() + " (in the tree: lines as a Markdown list)";
            case SHORTCUTS -> "This list";
            case CLIP_CLIPBOARD -> "Clip the clipboard's text (a newsletter, links) into the inbox";
            case INBOX -> "Inbox (there: E explore, L later, A attach, D dismiss)";
            default -> a.label();
        };
    }
}
