package org.goalbook.sync;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Merges two edited copies of a text line by line against the text both started from, as {@code git merge-file}
 * does: edits to different lines are combined; the same lines edited differently are a {@link Conflict}, for which
 * the merged text keeps "ours". Lines keep their own line endings, so nothing but the edits changes.
 */
public final class ThreeWayMerge {
    private ThreeWayMerge() {
    }

    /** The merged text and the conflicts (empty when the edits did not meet). */
    public record Result(String text, List<Conflict> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** One side's edit of the base lines {@code [from, to)}: those lines become {@code lines}. */
    private record Edit(int from, int to, List<String> lines, boolean ours) {
        boolean inserts() {
            return from == to;
        }
    }

    public static Result merge(String base, String ours, String theirs) {
        if (ours.equals(theirs) || theirs.equals(base)) {
            return new Result(ours, List.of());
        }
        if (ours.equals(base)) {
            return new Result(theirs, List.of());
        }
        List<String> b = lines(base);
        List<Edit> edits = new ArrayList<>(edits(b, lines(ours), true));
        edits.addAll(edits(b, lines(theirs), false));
        edits.sort((x, y) -> x.from != y.from ? Integer.compare(x.from, y.from) : Integer.compare(x.to, y.to));

        StringBuilder out = new StringBuilder();
        List<Conflict> conflicts = new ArrayList<>();
        int line = 1;
        int at = 0;
        int i = 0;
        while (i < edits.size()) {
            List<Edit> chunk = new ArrayList<>(List.of(edits.get(i)));
            int from = edits.get(i).from;
            int to = edits.get(i).to;
            int j = i + 1;
            while (j < edits.size() && meets(chunk, edits.get(j), to)) {
                to = Math.max(to, edits.get(j).to);
                chunk.add(edits.get(j));
                j++;
            }
            for (int k = at; k < from; k++) {
                out.append(b.get(k));
                line++;
            }
            String mine = side(b, from, to, chunk, true);
            String other = side(b, from, to, chunk, false);
            boolean both = chunk.stream().anyMatch(Edit::ours) && chunk.stream().anyMatch(e -> !e.ours);
            String taken = !both ? (chunk.get(0).ours ? mine : other) : mine;
            if (both && !mine.equals(other)) {
                conflicts.add(new Conflict(line, String.join("", b.subList(from, to)), mine, other));
            }
            out.append(taken);
            line += lines(taken).size();
            at = to;
            i = j;
        }
        for (int k = at; k < b.size(); k++) {
            out.append(b.get(k));
        }
        return new Result(out.toString(), conflicts);
    }

    /**
     * Whether {@code next} belongs to the chunk ending at base line {@code to}: it overlaps it, or both insert at the
     * same place. Edits that only touch (one ends where the other starts) are separate lines and combine.
     */
    private static boolean meets(List<Edit> chunk, Edit next, int to) {
        if (next.from < to) {
            return true;
        }
        if (next.from == to) {
            // Two insertions at one place need an order only the user can give.
            return next.inserts() && chunk.stream().anyMatch(e -> e.inserts() && e.from == next.from);
        }
        return false;
    }

    /** The base lines {@code [from, to)} with one side's edits of the chunk applied. */
    private static String side(List<String> b, int from, int to, List<Edit> chunk, boolean ours) {
        StringBuilder s = new StringBuilder();
        int at = from;
        for (Edit e : chunk) {
            if (e.ours != ours) {
                continue;
            }
            for (int k = at; k < e.from; k++) {
                s.append(b.get(k));
            }
            e.lines.forEach(s::append);
            at = e.to;
        }
        for (int k = at; k < to; k++) {
            s.append(b.get(k));
        }
        return s.toString();
    }

    private static List<Edit> edits(List<String> base, List<String> changed, boolean ours) {
        List<Edit> out = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(base, changed).getDeltas()) {
            int from = d.getSource().getPosition();
            out.add(new Edit(from, from + d.getSource().size(), List.copyOf(d.getTarget().getLines()), ours));
        }
        return out;
    }

    /** The text's lines, each with its own line ending (the last may have none). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }
}
