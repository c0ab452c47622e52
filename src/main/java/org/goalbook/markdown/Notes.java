package org.goalbook.markdown;

import java.util.List;

/**
 * Converts between the lines that follow a node in a journal (its tail, exactly as written) and the notes the
 * editor shows: the same text without the surrounding blank lines and without the common indentation.
 *
 * <p>Notes that would not read back as themselves that way (a list, a task list or a heading that the importer would
 * take for goals, an unclosed code fence, blank lines around them, common indentation) are written between two HTML
 * comment lines, {@link #OPEN} and {@link #CLOSE}, indented under their node. A Markdown reader hides the comments and
 * shows the notes as usual; the importer takes everything between them as notes, verbatim.
 */
final class Notes {
    static final String OPEN = "<!-- notes -->";
    static final String CLOSE = "<!-- end of notes -->";
    /** The marker {@link Fence} keeps while inside such a block. */
    static final String MARKED = OPEN;

    private Notes() {
    }

    static boolean isOpen(String text) {
        return text.strip().equals(OPEN);
    }

    static boolean isClose(String text) {
        return text.strip().equals(CLOSE);
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
        if (last > first && isOpen(lines.get(first).text()) && isClose(lines.get(last).text())) {
            int indent = Line.indentWidth(lines.get(first).text());
            StringBuilder out = new StringBuilder();
            for (int i = first + 1; i < last; i++) {
                out.append(i > first + 1 ? "\n" : "").append(Line.dropIndent(lines.get(i).text(), indent));
            }
            return out.toString();
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

    /**
     * Writes notes back as a tail, indented under their node, keeping the blank lines the old tail had around it.
     *
     * @param areaRisk true where a short last line could be read as an area heading (under Tactical, near the margin)
     */
    static String toTail(String notes, int indent, String oldTail, String eol, boolean areaRisk) {
        String before = leadingBlank(oldTail);
        String after = trailingBlank(oldTail);
        if (notes.isEmpty()) {
            return after;
        }
        StringBuilder out = new StringBuilder(before.isEmpty() ? eol : before);
        String pad = " ".repeat(indent);
        if (readsBackPlain(notes, indent, areaRisk)) {
            for (String line : notes.split("\n", -1)) {
                out.append(line.isBlank() ? "" : pad + line).append(eol);
            }
        } else {
            out.append(pad).append(OPEN).append(eol);
            for (String line : notes.split("\n", -1)) {
                out.append(line.isEmpty() ? "" : pad + line).append(eol);
            }
            out.append(pad).append(CLOSE).append(eol);
        }
        out.append(oldTail.isEmpty() ? eol : after);
        return out.toString();
    }

    /** Whether notes written as plain lines under their node are read back as the same notes and nothing else. */
    private static boolean readsBackPlain(String notes, int indent, boolean areaRisk) {
        if (notes.indexOf('\r') >= 0 || notes.isBlank()) {
            return false;
        }
        String[] lines = notes.split("\n", -1);
        int common = Integer.MAX_VALUE;
        Fence fence = new Fence();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!line.isEmpty()) {
                    return false;
                }
                continue;
            }
            common = Math.min(common, Line.indentWidth(line));
            // Code counts too: indented under a deep item, a fence is no longer read as one. An indented heading
            // stays in the notes; one at the margin would open a page.
            fence.inCode(line);
            if (isOpen(line) || isClose(line) || ListLine.parse(line).isPresent()
                    || indent == 0 && Heading.parse(line.strip()).isPresent()) {
                return false;
            }
        }
        if (fence.isOpen() || common != 0 || lines[0].isBlank() || lines[lines.length - 1].isBlank()) {
            return false;
        }
        String last = lines[lines.length - 1].strip();
        boolean lastIsParagraph = lines.length == 1 || lines[lines.length - 2].isBlank();
        return !(areaRisk && lastIsParagraph && last.length() <= 80
                && ".!?:;,".indexOf(last.charAt(last.length() - 1)) < 0);
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
