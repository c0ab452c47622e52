package org.goalbook.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tracks fenced code blocks line by line, so that a "#" or "-" inside code is never read as structure. */
final class Fence {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private String open;

    /**
     * Feeds the next line; true when the line belongs to a fence (its opening and closing lines included) or to a
     * block of notes the app wrote between markers (see {@link Notes}), which is never read as structure either.
     */
    boolean inCode(String text) {
        if (Notes.MARKED.equals(open)) {
            if (Notes.isClose(text)) {
                open = null;
            }
            return true;
        }
        Matcher m = FENCE.matcher(text);
        if (open == null) {
            if (Notes.isOpen(text)) {
                open = Notes.MARKED;
                return true;
            }
            if (m.find()) {
                open = m.group(1);
                return true;
            }
            return false;
        }
        if (m.find() && m.group(1).charAt(0) == open.charAt(0) && m.group(1).length() >= open.length()
                && text.substring(m.end()).isBlank()) {
            open = null;
        }
        return true;
    }

    /** Whether a fence opened and not closed yet (after the lines fed so far). */
    boolean isOpen() {
        return open != null;
    }

    /** The line that closes the open code fence, e.g. "```". */
    String closer() {
        return open;
    }
}
