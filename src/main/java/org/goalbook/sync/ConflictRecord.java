package org.goalbook.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * Unresolved conflicts as one setting value: a header line per conflict ({@code line lengths…}) followed by its
 * three texts, so texts with any characters, line endings included, come back exactly.
 */
final class ConflictRecord {
    private ConflictRecord() {
    }

    static String write(List<Conflict> conflicts) {
        StringBuilder s = new StringBuilder();
        for (Conflict c : conflicts) {
            s.append(c.line()).append(' ').append(c.base().length()).append(' ').append(c.ours().length()).append(' ')
                    .append(c.theirs().length()).append('\n').append(c.base()).append(c.ours()).append(c.theirs());
        }
        return s.toString();
    }

    static List<Conflict> read(String value) {
        List<Conflict> out = new ArrayList<>();
        int at = 0;
        while (value != null && at < value.length()) {
            int nl = value.indexOf('\n', at);
            String[] header = value.substring(at, nl).split(" ");
            at = nl + 1;
            String[] texts = new String[3];
            for (int i = 0; i < 3; i++) {
                int length = Integer.parseInt(header[i + 1]);
                texts[i] = value.substring(at, at + length);
                at += length;
            }
            out.add(new Conflict(Integer.parseInt(header[0]), texts[0], texts[1], texts[2]));
        }
        return out;
    }
}
