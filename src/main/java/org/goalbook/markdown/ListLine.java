package org.goalbook.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list item line taken apart so that any piece can be replaced and the rest written back as it was:
 * {@code indent + marker + gap + box + content + trailing}.
 *
 * @param indent   leading white space
 * @param marker   "-", "*", "+", "1." or "1)"
 * @param gap      white space after the marker
 * @param box      a task box with the white space after it ("[ ] ", "[x] "), or ""
 * @param content  the item's text
 * @param trailing white space at the end of the line
 */
record ListLine(String indent, String marker, String gap, String box, String content, String trailing) {
    private static final Pattern ITEM =
            Pattern.compile("^([ \\t]*)([-*+]|\\d{1,9}[.)])([ \\t]+)(\\[[ xX]\\][ \\t]+)?(.*?)([ \\t]*)$");
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])[ \\t]*(?:\\1[ \\t]*){2,}$");

    static Optional<ListLine> parse(String text) {
        return parseItem(text).filter(item -> !item.content().isEmpty());
    }

    /**
     * Like {@link #parse} but also an item with no text yet ("- ", "- [ ] ", "2. "), as the editor meets it while
     * the user types.
     */
    static Optional<ListLine> parseItem(String text) {
        if (THEMATIC_BREAK.matcher(text).matches()) {
            return Optional.empty();
        }
        Matcher m = ITEM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String box = m.group(4) == null ? "" : m.group(4);
        return Optional.of(new ListLine(m.group(1), m.group(2), m.group(3), box, m.group(5), m.group(6)));
    }

    /** A thematic break ("---", "* * *"), which looks like a list item but is none. */
    static boolean isThematicBreak(String text) {
        return THEMATIC_BREAK.matcher(text).matches();
    }

    boolean ordered() {
        return Character.isDigit(marker.charAt(0));
    }

    boolean hasBox() {
        return !box.isEmpty();
    }

    boolean ticked() {
        return box.length() > 1 && (box.charAt(1) == 'x' || box.charAt(1) == 'X');
    }

    /** Column where the marker starts. */
    int indentWidth() {
        return Line.indentWidth(indent);
    }

    /** Column where the item's text starts; nested lines are indented at least this far. */
    int contentColumn() {
        return indentWidth() + marker.length() + gap.length();
    }

    /**
     * How deep the item sits, for nesting: an ordered item counts half a level less than a bullet at the same
     * column, so that "1. Goal" followed by "- sub-point" at column 0 makes the bullet a sub-point, as journals write it.
     */
    int nestingKey() {
        return ordered() ? 2 * indentWidth() : 2 * indentWidth() + 1;
    }

    /** The line's prefix before the box: indent, marker and gap. */
    String prefix() {
        return indent + marker + gap;
    }

    /** The box written with a new state, keeping the letter case and spacing the author used. */
    String boxFor(boolean done) {
        if (box.isEmpty()) {
            return done ? "[x] " : "[ ] ";
        }
        char mark = done ? (box.charAt(1) == 'X' ? 'X' : 'x') : ' ';
        return "[" + mark + "]" + box.substring(3);
    }
}
