package org.goalbook.ui.model;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.input.KeyCombination;

/**
 * Everything the user can do in the window, each defined once: its label, its keys and when it can be done. The
 * menus, the tree's context menu, the tree's key handling and Help › Keyboard shortcuts all read this table, so
 * they cannot disagree.
 */
public enum Action {
    NEW_NOTEBOOK("New notebook…", Where.ANYWHERE, Needs.NOTHING, "Shortcut+Shift+N"),
    OPEN_NOTEBOOK("Open notebook…", Where.ANYWHERE, Needs.NOTHING, "Shortcut+O"),
    IMPORT_JOURNAL("Import journal…", Where.ANYWHERE, Needs.NOTEBOOK, "Shortcut+I"),
    EXPORT_MARKDOWN("Export Markdown…", Where.ANYWHERE, Needs.NOTEBOOK, "Shortcut+E"),
    EXPORT_RADAR("Export radar…", Where.ANYWHERE, Needs.NOTEBOOK),
    EXPORT_RADAR_PICTURE("Export radar picture…", Where.ANYWHERE, Needs.NOTEBOOK),
    RESTORE_BACKUP("Restore from backup…", Where.ANYWHERE, Needs.NOTEBOOK),
    LINK_JOURNAL("Link journal file…", Where.ANYWHERE, Needs.NOTEBOOK),
    NOTEBOOK_PROPERTIES("Notebook properties…", Where.ANYWHERE, Needs.NOTEBOOK, "Alt+Enter"),
    CLIP_NEWSLETTER("Clip newsletter…", Where.ANYWHERE, Needs.NOTEBOOK),
    CLIP_CLIPBOARD("Clip from clipboard", Where.ANYWHERE, Needs.NOTEBOOK, "Shortcut+Shift+V"),
    INBOX("Inbox", Where.ANYWHERE, Needs.NOTEBOOK, "Shortcut+Shift+B"),
    QUIT("Quit", Where.ANYWHERE, Needs.NOTHING, "Shortcut+Q"),
    UNDO("Undo", Where.ANYWHERE, Needs.UNDO, "Shortcut+Z"),
    REDO("Redo", Where.ANYWHERE, Needs.REDO, "Shortcut+Shift+Z", "Shortcut+Y"),
    CUT("Cut", Where.ANYWHERE, Needs.NOTEBOOK, "Shortcut+X"),
    COPY("Copy", Where.ANYWHERE, Needs.NOTEBOOK, "Shortcut+C"),
    PASTE("Paste", Where.ANYWHERE, Needs.NOTEBOOK, "Shortcut+V"),
    ADD_AFTER("Add line after", Where.ANYWHERE, Needs.SELECTION, "Shortcut+Enter"),
    // Insert and Delete act in the tree only: in a text field they edit text.
    ADD_INSIDE("Add line inside", Where.TREE, Needs.SELECTION, "Insert"),
    RENAME("Rename", Where.ANYWHERE, Needs.SELECTION, "F2"),
    DELETE("Delete", Where.TREE, Needs.SELECTION, "Delete"),
    TICK("Tick or untick", Where.TREE, Needs.SELECTION, "Space"),
    OPEN_NOTES("Go to the notes", Where.TREE, Needs.SELECTION, "Enter"),
    STANCE_MAINTAIN("Maintain", Where.ANYWHERE, Needs.SELECTION, "Shortcut+1"),
    STANCE_IMPROVE("Improve", Where.ANYWHERE, Needs.SELECTION, "Shortcut+2"),
    STANCE_EXPLORE("Explore", Where.ANYWHERE, Needs.SELECTION, "Shortcut+3"),
    STANCE_SKIP("Skip", Where.ANYWHERE, Needs.SELECTION, "Shortcut+4"),
    STANCE_NONE("None", Where.ANYWHERE, Needs.SELECTION, "Shortcut+0"),
    // The platform opens a control's context menu on these keys only where the toolkit asks for it (not on X11).
    CONTEXT_MENU("Menu of the selected line", Where.TREE, Needs.SELECTION, "Shift+F10", "Context Menu"),
    MOVE_UP("Move up", Where.TREE, Needs.SELECTION, "Alt+Up"),
    MOVE_DOWN("Move down", Where.TREE, Needs.SELECTION, "Alt+Down"),
    MOVE_OUT("Move out", Where.TREE, Needs.SELECTION, "Alt+Left"),
    MOVE_IN("Move into line above", Where.TREE, Needs.SELECTION, "Alt+Right"),
    FIND("Find", Where.ANYWHERE, Needs.NOTEBOOK, "Shortcut+F"),
    // The tree search keeps Ctrl+F; Ctrl+H is "replace" in many editors (in a text field it deletes a character).
    FIND_IN_NOTE("Find and replace in the notes…", Where.ANYWHERE, Needs.SELECTION, "Shortcut+Shift+F",
            "Shortcut+H"),
    PREVIEW("Preview", Where.ANYWHERE, Needs.NOTHING, "Shortcut+P"),
    DARK_THEME("Dark theme", Where.ANYWHERE, Needs.NOTHING),
    // Ctrl+Plus is Ctrl+Shift+= on most keyboards, and Ctrl+= is what people press without Shift.
    FONT_BIGGER("Bigger text", Where.ANYWHERE, Needs.NOTHING, "Shortcut+Plus", "Shortcut+Equals",
            "Shortcut+Shift+Equals", "Shortcut+Add"),
    FONT_SMALLER("Smaller text", Where.ANYWHERE, Needs.NOTHING, "Shortcut+Minus", "Shortcut+Subtract"),
    FONT_RESET("Normal text size", Where.ANYWHERE, Needs.NOTHING, "Shortcut+Shift+0"),
    NEW_YEAR("New year…", Where.ANYWHERE, Needs.NOTEBOOK),
    RADAR("Radar…", Where.ANYWHERE, Needs.NOTEBOOK),
    REVIEW("Review…", Where.ANYWHERE, Needs.NOTEBOOK),
    SHORTCUTS("Keyboard shortcuts", Where.ANYWHERE, Needs.NOTHING, "F1"),
    ABOUT("About Goalbook", Where.ANYWHERE, Needs.NOTHING),
    // Markdown keys of the notes editor. Ctrl+I there is italic, as in every editor; elsewhere it imports.
    NEXT_ITEM("Next list item (on an empty item: end the list)", Where.EDITOR, Needs.SELECTION, "Enter"),
    INDENT("Indent the list item", Where.EDITOR, Needs.SELECTION, "Tab"),
    OUTDENT("Outdent the list item", Where.EDITOR, Needs.SELECTION, "Shift+Tab"),
    BOLD("Bold", Where.EDITOR, Needs.SELECTION, "Shortcut+B"),
    ITALIC("Italic", Where.EDITOR, Needs.SELECTION, "Shortcut+I"),
    LINK("Link (or paste a link over the selected text)", Where.EDITOR, Needs.SELECTION, "Shortcut+K"),
    TOGGLE_TASK("Task box on the line: tick, untick or add", Where.EDITOR, Needs.SELECTION, "Shortcut+Shift+X");

    /** Where an action's keys work. */
    public enum Where {
        /** Anywhere in the window: the keys are the menu item's accelerator. */
        ANYWHERE("Anywhere"),
        /** Only while the goal tree has the keyboard focus: elsewhere the same keys edit text. */
        TREE("Goal tree"),
        /** Only while the notes editor has the keyboard focus. */
        EDITOR("Editor");

        private final String label;

        Where(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What must be there for an action to be possible. */
    public enum Needs { NOTHING, NOTEBOOK, SELECTION, UNDO, REDO }

    private final String label;
    private final Where where;
    private final Needs needs;
    private final List<KeyCombination> keys;

    Action(String label, Where where, Needs needs, String... keys) {
        this.label = label;
        this.where = where;
        this.needs = needs;
        this.keys = java.util.Arrays.stream(keys).map(KeyCombination::valueOf).toList();
    }

    public String label() {
        return label;
    }

    public Where where() {
        return where;
    }

    /** The main keys, or null for an action without any. */
    public KeyCombination keys() {
        return keys.isEmpty() ? null : keys.get(0);
    }

    /** The main keys first, then others that do the same. */
    public List<KeyCombination> allKeys() {
        return keys;
    }

    /** The keys as the user reads them, e.g. "Ctrl+Shift+Z or Ctrl+Y"; empty for none. */
    public String keysText() {
        return String.join(" or ", keys.stream().limit(2).map(KeyCombination::getDisplayText).toList());
    }

    /** True while the action can be done in this window. */
    public BooleanExpression enabled(WindowModel model) {
        return switch (needs) {
            case NOTHING -> BooleanExpression.booleanExpression(Bindings.createBooleanBinding(() -> true));
            case NOTEBOOK -> model.notebookOpen();
            case SELECTION -> model.notebookOpen().and(model.nodeSelected());
            case UNDO -> model.canUndo();
            case REDO -> model.canRedo();
        };
    }

    /** The stance action for a stance; {@link #STANCE_NONE} for null. */
    public static Action forStance(org.goalbook.model.Stance stance) {
        return stance == null ? STANCE_NONE : values()[STANCE_MAINTAIN.ordinal() + stance.ordinal()];
    }
}
