package org.goalbook.markdown;

import java.util.List;

/**
 * Converts between the lines that follow a node in a journal (its tail, exactly as written) and the notes the
 * editor shows: the same text without the surrounding blank lines and without the common indentation.
 */
final class Notes {
    private Notes() {
    }

    static String fromTail(String tail) {
        if (tail.isEmpty()) {
            return "";
        }
        List<Line> lines = Line.split(tail);
        int first = 0;
        int last = lines.size() - 1;
        while (first <= last && lines.get(first).isBlank()) {
            first++;
        }
        while (last >= first && lines.get(last).isBlank()) {
            last--;
        }
        if (first > last) {
            return "";
        }
        int common = Integer.MAX_VALUE;
        for (int i = first; i <= last; i++) {
            Line l = lines.get(i);
            if (!l.isBlank()) {
                common = Math.min(common, Line.indentWidth(l.text()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first) {
                out.append('\n');
            }
            out.append(Line.dropIndent(lines.get(i).text(), common));
        }
        return out.toString();
    }

    /** Writes notes back as a tail, indented under their node, keeping the blank lines the old tail had around it. */
    static String toTail(String notes, int indent, String oldTail, String eol) {
        String before = leadingBlank(oldTail);
        String after = trailingBlank(oldTail);
        if (notes.isBlank()) {
            return after;
        }
        StringBuilder out = new StringBuilder(before.isEmpty() ? eol : before);
        String pad = " ".repeat(indent);
        for (String line : notes.split("\n", -1)) {
            String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            out.append(text.isBlank() ? "" : pad + text).append(eol);
        }
        out.append(oldTail.isEmpty() ? eol : after);
        return out.toString();
    }

    static String trailingBlank(String text) {
        List<Line> lines = Line.split(text);
        int i = lines.size();
        while (i > 0 && lines.get(i - 1).isBlank() && !lines.get(i - 1).eol().isEmpty()) {
            i--;
        }
        StringBuilder out = new StringBuilder();
        for (int k = i; k < lines.size(); k++) {
            out.append(lines.get(k).raw());
        }
        return out.toString();
    }

    private static String leadingBlank(String text) {
        StringBuilder out = new StringBuilder();
        for (Line l : Line.split(text)) {
            if (!l.isBlank() || l.eol().isEmpty()) {
                break;
            }
            out.append(l.raw());
        }
        return out.toString();
    }
}
