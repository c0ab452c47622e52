package org.goalbook.ui.menu;

import java.util.List;

/**
 * One keyboard shortcut as Help › Keyboard shortcuts lists it. The menus and the tree read their keys from the same
 * constants, so the list cannot drift from what the keys do.
 *
 * @param keys  the keys as printed, e.g. "Ctrl+Shift+Z"
 * @param what  what they do
 * @param where "Anywhere", "Goal tree", "Editor" or "Search"
 */
public record Shortcut(String keys, String what, String where) {
    public static final String ANYWHERE = "Anywhere";
    public static final String TREE = "Goal tree";
    public static final String EDITOR = "Editor";
    public static final String SEARCH = "Search";

    /** Every shortcut, grouped by where it works. */
    public static final List<Shortcut> ALL = List.of(
            new Shortcut("Ctrl+Shift+N", "New notebook…", ANYWHERE),
            new Shortcut("Ctrl+O", "Open notebook…", ANYWHERE),
            new Shortcut("Ctrl+I", "Import journal…", ANYWHERE),
            new Shortcut("Ctrl+E", "Export Markdown…", ANYWHERE),
            new Shortcut("Ctrl+Q", "Quit", ANYWHERE),
            new Shortcut("Ctrl+Shift+V", "Clip the clipboard's text (a newsletter, links) into the inbox", ANYWHERE),
            new Shortcut("Ctrl+Shift+B", "Inbox (there: E explore, L later, A attach, D dismiss)", ANYWHERE),
            new Shortcut("Ctrl+Z", "Undo the last change to the tree (in a text field: undo typing)", ANYWHERE),
            new Shortcut("Ctrl+Shift+Z or Ctrl+Y", "Redo", ANYWHERE),
            new Shortcut("Ctrl+F", "Search", ANYWHERE),
            new Shortcut("Ctrl+Enter", "Add a line after the selected one and name it", ANYWHERE),
            new Shortcut("F2", "Rename the selected line", ANYWHERE),
            new Shortcut("Ctrl+1 / 2 / 3 / 4", "Stance Maintain / Improve / Explore / Skip", ANYWHERE),
            new Shortcut("Ctrl+0", "No stance", ANYWHERE),
            new Shortcut("Ctrl+P", "Preview on or off", ANYWHERE),
            new Shortcut("Ctrl+Plus / Ctrl+Minus", "Bigger / smaller text", ANYWHERE),
            new Shortcut("Ctrl+Shift+0", "Normal text size", ANYWHERE),
            new Shortcut("F1", "This list", ANYWHERE),
            new Shortcut("Space", "Tick or untick", TREE),
            new Shortcut("Insert", "Add a line inside the selected one and name it", TREE),
            new Shortcut("Delete", "Delete the selected line and what is under it (Ctrl+Z brings it back)", TREE),
            new Shortcut("Alt+Up / Alt+Down", "Move up or down among its neighbours", TREE),
            new Shortcut("Alt+Left", "Move out of its parent", TREE),
            new Shortcut("Alt+Right", "Move into the line above", TREE),
            new Shortcut("Ctrl+X / Ctrl+C / Ctrl+V", "Cut, copy, paste lines as a Markdown list", TREE),
            new Shortcut("Enter", "Go to the notes", TREE),
            new Shortcut("Double-click or F2, then Enter / Esc", "Rename in place, keep / cancel", TREE),
            new Shortcut("Esc", "Back to the goal tree", EDITOR),
            new Shortcut("Enter", "Next match", SEARCH),
            new Shortcut("Esc", "Clear the search", SEARCH));
}
