package org.goalbook.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests: records end in CRLF, a quoted field may hold commas, CRLF and doubled quotes,
 * and anything else (a bare quote inside a field, a lone LF, text after a closing quote) is an error.
 */
final class CsvReader {
    private CsvReader() {
    }

    static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean fieldStart = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (fieldStart && c == '"') {
                i = quoted(text, i + 1, field);
                fieldStart = false;
                if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    throw new IllegalArgumentException("text after a closing quote at " + i);
                }
                continue;
            }
            fieldStart = false;
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                i++;
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("CR without LF at " + i);
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                fieldStart = true;
                i += 2;
            } else if (c == '\n' || c == '"') {
                throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "LF") + " at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            throw new IllegalArgumentException("last record does not end in CRLF");
        }
        return rows;
    }

    /** Reads a quoted field's content from {@code i} (just after the opening quote); returns the index after it. */
    private static int quoted(String text, int i, StringBuilder field) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            field.append(c);
            i++;
        }
        throw new IllegalArgumentException("quoted field not closed");
    }
}
