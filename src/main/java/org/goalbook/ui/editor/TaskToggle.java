package org.goalbook.ui.editor;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the task box ({@code [ ]} or {@code [x]}) that a click in the preview meant, in the editor's text. */
public final class TaskToggle {
    private static final Pattern TASK = Pattern.compile("^[ \\t>]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\[([ xX])]");

    private TaskToggle() {
    }

    /**
     * The index of the character between the brackets of the task item on the line holding {@code sourceOffset}
     * (or the line after, when the offset points at a line ending); empty when there is no task item there.
     */
    public static OptionalInt markAt(String text, int sourceOffset) {
        if (sourceOffset < 0 || sourceOffset > text.length()) {
            return OptionalInt.empty();
        }
        int start = text.lastIndexOf('\n', Math.max(0, sourceOffset - 1)) + 1;
        if (sourceOffset > 0 && text.charAt(sourceOffset - 1) == '\n') {
            start = sourceOffset;
        }
        int end = text.indexOf('\n', start);
        Matcher m = TASK.matcher(text.substring(start, end < 0 ? text.length() : end));
        return m.find() ? OptionalInt.of(start + m.start(1)) : OptionalInt.empty();
    }

    /** What the box holds after the click: ticked becomes open and open becomes ticked. */
    public static String flipped(char mark) {
        return mark == ' ' ? "x" : " ";
    }
}
