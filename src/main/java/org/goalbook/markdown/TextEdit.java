package org.goalbook.markdown;

/**
 * One edit of a text: the characters from {@code from} to {@code endBefore} of the old text replaced by
 * {@code inserted}. The window hands typing on as such edits, so nothing has to copy a long note per keystroke;
 * {@link #between} finds the one edit between two versions by comparing both ends.
 */
public record TextEdit(int from, int endBefore, String inserted) {

    /** The edit that turns {@code before} into {@code after}: everything before and after it is the same. */
    public static TextEdit between(String before, String after) {
        int limit = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextEdit(prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix));
    }

    /** The text with this edit made. */
    public String applyTo(String text) {
        return text.substring(0, from) + inserted + text.substring(endBefore);
    }

    /** True when the texts were the same. */
    public boolean isEmpty() {
        return from == endBefore && inserted.isEmpty();
    }

    /** Where the edit ends in the new text. */
    public int endAfter() {
        return from + inserted.length();
    }

    /** How far the text after the edit moved. */
    public int delta() {
        return endAfter() - endBefore;
    }
}
