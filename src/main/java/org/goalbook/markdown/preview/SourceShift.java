package org.goalbook.markdown.preview;

/**
 * The source offsets in preview HTML ({@code data-pos="start-end"} on blocks, {@code data-task="offset"} on task
 * boxes), moved by a number of characters. Text typed above a block moves its offsets and nothing else, so such a
 * block can stay on the page with only its offsets moved, and a block re-rendered from part of a note gets its
 * offsets in the whole note by the same move. preview.js moves them in the page by the same rules:
 * only real attributes (inside a tag, not text that happens to read {@code data-pos="1-2"}) and only values of one
 * to nine digits are moved; any other value stays as it is.
 */
public final class SourceShift {
    private static final String POS = "data-pos=\"";
    private static final String TASK = "data-task=\"";

    private SourceShift() {
    }

    /** True when {@code next} is {@code shown} with its offsets moved by {@code by}. */
    public static boolean same(String shown, String next, int by) {
        return shown.equals(next) || by != 0 && shifted(shown, by).equals(next);
    }

    /** How far the first block offset moved from {@code shown} to {@code next}; 0 when either has none. */
    public static int between(String shown, String next) {
        int a = firstStart(shown);
        int b = firstStart(next);
        return a < 0 || b < 0 ? 0 : b - a;
    }

    /** The html with every offset attribute's numbers moved by {@code by}. */
    public static String shifted(String html, int by) {
        StringBuilder out = new StringBuilder(html.length() + 16);
        int[] copied = {0};
        eachAttribute(html, (pos, valueStart, valueEnd) -> {
            String value = html.substring(valueStart, valueEnd);
            String moved = pos ? movedRange(value, by) : movedNumber(value, by);
            if (moved != null) {
                out.append(html, copied[0], valueStart).append(moved);
                copied[0] = valueEnd;
            }
            return true;
        });
        return copied[0] == 0 ? html : out.append(html, copied[0], html.length()).toString();
    }

    /** The start of the first block's {@code data-pos}, or -1. */
    public static int firstStart(String html) {
        int[] first = {-1};
        eachAttribute(html, (pos, valueStart, valueEnd) -> {
            String value = html.substring(valueStart, valueEnd);
            if (pos && movedRange(value, 0) != null) {
                first[0] = Integer.parseInt(value.substring(0, value.indexOf('-')));
                return false;
            }
            return true;
        });
        return first[0];
    }

    /** Receives one offset attribute's value (from start to end, quotes excluded); returns false to stop. */
    private interface Visitor {
        boolean visit(boolean pos, int valueStart, int valueEnd);
    }

    /**
     * Visits the offset attributes inside tags, in order. Serialized preview HTML escapes {@code <} and {@code >} in
     * text and {@code "} in attribute values, so a quote inside a tag always opens or closes a value.
     */
    private static void eachAttribute(String html, Visitor visitor) {
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (!inTag) {
                inTag = c == '<';
            } else if (c == '"') {
                i = html.indexOf('"', i + 1); // skip the value
                if (i < 0) {
                    return;
                }
            } else if (c == '>') {
                inTag = false;
            } else if (c == ' ' && (html.startsWith(POS, i + 1) || html.startsWith(TASK, i + 1))) {
                boolean pos = html.startsWith(POS, i + 1);
                int valueStart = i + 1 + (pos ? POS.length() : TASK.length());
                int valueEnd = html.indexOf('"', valueStart);
                if (valueEnd < 0 || !visitor.visit(pos, valueStart, valueEnd)) {
                    return;
                }
                i = valueEnd;
            }
        }
    }

    /** "12-40" moved by 3 is "15-43"; null for a value that is not two numbers of one to nine digits. */
    private static String movedRange(String value, int by) {
        int dash = value.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String start = movedNumber(value.substring(0, dash), by);
        String end = movedNumber(value.substring(dash + 1), by);
        return start == null || end == null ? null : start + "-" + end;
    }

    private static String movedNumber(String value, int by) {
        if (value.isEmpty() || value.length() > 9) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.toString(Integer.parseInt(value) + by);
    }
}
