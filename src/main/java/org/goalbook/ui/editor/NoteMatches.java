package org.goalbook.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.SelectionImpl;

/**
 * Marks stretches of the note (search matches) with a background of their own, as extra selections of the editor
 * under a CSS style class; they move with the text as it is edited. Only the first {@link #MOST} are marked: a
 * word found ten thousand times on a long page needs no ten thousand highlights to be seen.
 */
final class NoteMatches {
    static final int MOST = 500;

    private final CodeArea area;
    private final String styleClass;
    private final List<SelectionImpl<java.util.Collection<String>, String, java.util.Collection<String>>> marks =
            new ArrayList<>();

    NoteMatches(CodeArea area, String styleClass) {
        this.area = area;
        this.styleClass = styleClass;
    }

    /** Marks these ranges ({start, end} pairs), replacing the marks shown so far. */
    void show(List<int[]> ranges) {
        clear();
        for (int[] r : ranges.subList(0, Math.min(MOST, ranges.size()))) {
            var mark = new SelectionImpl<>(styleClass, area, r[0], r[1]);
            if (area.addSelection(mark)) {
                marks.add(mark);
            }
        }
    }

    void clear() {
        for (var mark : marks) {
            area.removeSelection(mark);
            mark.dispose();
        }
        marks.clear();
    }

    int shown() {
        return marks.size();
    }

    /** Where the text holds {@code query}, ignoring case: {start, end} pairs in order. */
    static List<int[]> find(String text, String query) {
        List<int[]> out = new ArrayList<>();
        if (query.isEmpty()) {
            return out;
        }
        String hay = text.toLowerCase(Locale.ROOT);
        String needle = query.toLowerCase(Locale.ROOT);
        if (hay.length() != text.length() || needle.length() != query.length()) {
            // Lower-casing changed a length (rare letters): offsets would drift, so search the text as it is.
            hay = text;
            needle = query;
        }
        for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length())) {
            out.add(new int[] {at, at + needle.length()});
        }
        return out;
    }

    /**
     * Where the window's search matches the note: each word of the search where a word of the note begins with it
     * (the search finds "kube" in "Kubernetes"), in order.
     */
    static List<int[]> wordStarts(String text, String search) {
        List<int[]> out = new ArrayList<>();
        for (String word : search.strip().split("\\s+")) {
            for (int[] r : find(text, word)) {
                if (r[0] == 0 || !Character.isLetterOrDigit(text.charAt(r[0] - 1))) {
                    out.add(r);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        return out;
    }
}
