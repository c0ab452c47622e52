package org.goalbook.markdown;

/**
 * Where two versions of a text differ, as one edit: the characters from {@code from} to {@code endBefore} of the
 * old text became those from {@code from} to {@code endAfter} of the new one; everything before and after is the
 * same. Found by comparing both ends, so typing in a long text costs one pass over it and no copy.
 */
public record TextEdit(int from, int endBefore, int endAfter) {

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
        return new TextEdit(prefix, before.length() - suffix, after.length() - suffix);
    }

    /** True when the texts were the same. */
    public boolean isEmpty() {
        return from == endBefore && from == endAfter;
    }

    /** How far the text after the edit moved. */
    public int delta() {
        return endAfter - endBefore;
    }
}
