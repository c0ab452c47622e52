package org.goalbook.markdown;

import java.util.ArrayList;
import java.util.List;

/** One physical line of a journal: its text and the line ending that followed it ("" for a last line without one). */
record Line(String text, String eol) {

    String raw() {
        return text + eol;
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** Splits text into lines, each keeping its own "\n" or "\r\n", so that joining them gives the text back. */
    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                lines.add(new Line(text.substring(start), ""));
                break;
            }
            int end = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            lines.add(new Line(text.substring(start, end), text.substring(end, nl + 1)));
            start = nl + 1;
        }
        return lines;
    }

    /** The width of leading white space in columns, tabs advancing to the next multiple of four. */
    static int indentWidth(String text) {
        return indentColumns(text, Integer.MAX_VALUE)[1];
    }

    /** The text with up to {@code columns} columns of leading white space removed. */
    static String dropIndent(String text, int columns) {
        return text.substring(indentColumns(text, columns)[0]);
    }

    /** Walks leading white space until {@code limit} columns: {index reached, columns reached}. */
    private static int[] indentColumns(String text, int limit) {
        int col = 0;
        int i = 0;
        while (i < text.length() && col < limit) {
            char c = text.charAt(i);
            if (c == ' ') {
                col++;
            } else if (c == '\t') {
                col += 4 - col % 4;
            } else {
                break;
            }
            i++;
        }
        return new int[] {i, col};
    }

    /** The more common line ending of a text; "\n" when it has none. */
    static String dominantEol(String text) {
        int crlf = 0;
        int lf = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charAt(i - 1) == '\r') {
                crlf++;
            } else {
                lf++;
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }
}
