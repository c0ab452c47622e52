package org.goalbook.markdown;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the editor's Markdown keys do to the caret's line, as text in → edit out: Enter continues a list (and ends
 * it on an empty item), Tab and Shift+Tab indent and outdent a list item, Ctrl+Shift+X ticks or adds a task box.
 * Lists are read with the same {@link ListLine} the journal importer uses.
 */
public final class MarkdownEdits {
    private static final Pattern URL = Pattern.compile("(?:https?|ftp)://\\S+|mailto:\\S+");

    private MarkdownEdits() {
    }

    /**
     * Replace {@code from}–{@code to} of the line with {@code text}, then put the caret at {@code caret}; all
     * columns of the line as it was before the edit ({@code caret}: of the text after it).
     */
    public record LineEdit(int from, int to, String text, int caret) {
    }

    /**
     * Enter at {@code column} of a list item: the next item, with the same marker (a number one higher) and an
     * empty task box if the item had one; on an item with no text yet, ends the list by clearing the marker.
     * Empty when the line is no list item or the caret stands inside its marker (then Enter is a plain new line).
     */
    public static Optional<LineEdit> enter(String line, int column) {
        Optional<ListLine> parsed = ListLine.parseItem(line);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ListLine item = parsed.get();
        int textStart = item.prefix().length() + item.box().length();
        if (column < textStart) {
            return Optional.empty();
        }
        if (item.content().isEmpty()) {
            return Optional.of(new LineEdit(0, line.length(), "", 0));
        }
        String next = "\n" + item.indent() + nextMarker(item.marker()) + item.gap() + (item.hasBox() ? "[ ] " : "");
        return Optional.of(new LineEdit(column, column, next, column + next.length()));
    }

    /**
     * Tab on a list item moves it one level in (by its marker's width, so it nests under the item above);
     * Shift+Tab one level out. Empty when the line is no list item, or is already at the left edge.
     */
    public static Optional<LineEdit> indent(String line, int column, boolean out) {
        Optional<ListLine> parsed = ListLine.parseItem(line);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ListLine item = parsed.get();
        int step = item.marker().length() + item.gap().length();
        if (!out) {
            String add = " ".repeat(step);
            return Optional.of(new LineEdit(0, 0, add, column + step));
        }
        int remove = 0;
        while (remove < item.indent().length() && remove < step && item.indent().charAt(remove) == ' ') {
            remove++;
        }
        if (remove == 0 && item.indent().startsWith("\t")) {
            remove = 1;
        }
        if (remove == 0) {
            return Optional.empty();
        }
        return Optional.of(new LineEdit(0, remove, "", Math.max(0, column - remove)));
    }

    /**
     * Ctrl+Shift+X: ticks or unticks the task box of the line (one character changes, as a click in the preview
     * does); a list item without a box gets an empty one, any other line becomes an open task.
     */
    public static LineEdit toggleTask(String line, int column) {
        Optional<ListLine> parsed = ListLine.parseItem(line);
        if (parsed.isPresent() && parsed.get().hasBox()) {
            ListLine item = parsed.get();
            int state = item.prefix().length() + 1;
            String flipped = item.boxFor(!item.ticked()).substring(1, 2);
            return new LineEdit(state, state + 1, flipped, column);
        }
        if (parsed.isPresent()) {
            int at = parsed.get().prefix().length();
            return new LineEdit(at, at, "[ ] ", column >= at ? column + 4 : column);
        }
        int indent = line.length() - line.stripLeading().length();
        return new LineEdit(indent, indent, "- [ ] ", column >= indent ? column + 6 : column);
    }

    /** Whether a pasted text is a single link (then pasting it over a selection makes a Markdown link). */
    public static boolean isUrl(String text) {
        return text != null && URL.matcher(text.strip()).matches();
    }

    /** A Markdown link with this text and target: "[text](url)". */
    public static String link(String text, String url) {
        return "[" + text + "](" + url.strip() + ")";
    }

    private static String nextMarker(String marker) {
        if (!Character.isDigit(marker.charAt(0))) {
            return marker;
        }
        String digits = marker.substring(0, marker.length() - 1);
        String next = String.valueOf(Long.parseLong(digits) + 1);
        return next + marker.charAt(marker.length() - 1);
    }
}
