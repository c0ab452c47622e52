package org.goalbook.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.goalbook.model.Change;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Progress;
import org.goalbook.model.Stance;

/**
 * A year in review as a Markdown page the user can keep in the journal: what was done in each area, stances that
 * changed since the previous year, what came into the plan and what left it, and what is still being explored
 * without a decision.
 */
public final class YearReview {
    private YearReview() {
    }

    /** The page's title, which is also its heading. */
    public static String title(int year) {
        return year + " in review";
    }

    /**
     * The changes that keep the review as a page of the journal: a new page "YYYY in review" right after the year,
     * or, when the notebook has that page already, its text replaced (undo brings the old text back).
     */
    public static List<Change> page(NotebookYears notebook, int year) {
        Outline outline = notebook.outline();
        String text = of(notebook, year) + "\n";
        Optional<Node> existing = outline.roots().stream()
                .filter(n -> n.kind() == NodeKind.PAGE && n.displayName().equals(title(year))).findFirst();
        if (existing.isPresent()) {
            return List.of(new Change.Put(existing.get().withNotes(text)));
        }
        int at = notebook.require(year).node().position() + 1;
        List<Change> changes = new ArrayList<>(OutlineEdits.shift(outline.roots(), at, +1));
        changes.add(new Change.Put(new Node(-1, 0, at, NodeKind.PAGE, title(year), null, false, null, null, text,
                false, null)));
        return changes;
    }

    /** The review of {@code year} as Markdown, "\n" line ends. */
    public static String of(NotebookYears notebook, int year) {
        Outline outline = notebook.outline();
        YearItems now = notebook.require(year);
        YearProgress progress = YearProgress.of(notebook, year);
        StringBuilder md = new StringBuilder("## ").append(title(year)).append("\n\n");
        Progress all = progress.overall();
        md.append("Done: ").append(all.done()).append(" of ").append(all.total())
                .append(" (").append(Math.round(all.fraction() * 100)).append(" %)");
        int skipped = progress.stances().get(Stance.SKIP).total();
        if (skipped > 0) {
            md.append("; ").append(skipped).append(" skipped on purpose");
        }
        md.append(".\n\n### Done per area\n\n");
        doneByPart(outline, now, md);

        Optional<YearItems> before = notebook.previous(year);
        if (before.isEmpty()) {
            md.append("### Since last year\n\n").append(year)
                    .append(" is the notebook's first year: there is nothing to compare it with.\n\n");
        } else {
            compare(notebook, now, before.get(), md);
        }
        explored(notebook, now, md);
        return md.toString().stripTrailing() + "\n";
    }

    private static void doneByPart(Outline outline, YearItems year, StringBuilder md) {
        boolean any = false;
        for (Node part : partsOf(outline, year.node())) {
            Progress p = outline.progress(part.id());
            List<Node> done = new ArrayList<>();
            outline.walk(part.id(), n -> {
                if (n.kind().isTickable() && n.done()) {
                    done.add(n);
                }
            });
            if (p.total() == 0 && done.isEmpty()) {
                continue;
            }
            any = true;
            md.append("- **").append(part.displayName()).append("**: ").append(p.done()).append(" of ")
                    .append(p.total());
            md.append(done.isEmpty() ? "\n" : ": " + done.stream().map(YearReview::ticked)
                    .collect(Collectors.joining(", ")) + "\n");
        }
        md.append(any ? "\n" : "Nothing to tick in this year.\n\n");
    }

    private static String ticked(Node n) {
        return n.name().strip() + (n.doneOn() == null ? "" : " (" + n.doneOn() + ")");
    }

    /** "Strategic" and the areas, in document order; a year written without them counts as one part. */
    private static List<Node> partsOf(Outline outline, Node year) {
        List<Node> parts = new ArrayList<>();
        outline.walk(year.id(), n -> {
            if (n.kind() == NodeKind.STRATEGIC || n.kind() == NodeKind.AREA) {
                parts.add(n);
            }
        });
        return parts.isEmpty() ? List.of(year) : parts;
    }

    private static void compare(NotebookYears notebook, YearItems now, YearItems before, StringBuilder md) {
        Outline outline = notebook.outline();
        List<String> changes = new ArrayList<>();
        List<String> added = new ArrayList<>();
        Set<Long> kept = new HashSet<>();
        for (Node item : now.items()) {
            Optional<Node> was = notebook.match(item, before.year());
            if (was.isEmpty()) {
                Stance s = YearItems.stance(outline, item);
                added.add(item.name().strip() + (s == null ? "" : " (" + s.label() + ")"));
                continue;
            }
            kept.add(was.get().id());
            Stance then = YearItems.stance(outline, was.get());
            Stance stance = YearItems.stance(outline, item);
            String renamed = was.get().displayName().equals(item.displayName()) ? ""
                    : " (was \u201c" + was.get().displayName() + "\u201d)";
            if (then != stance) {
                changes.add(item.name().strip() + renamed + ": " + label(then) + " \u2192 " + label(stance)
                        + (then == null || stance == null ? "" : " (" + direction(then, stance) + ")"));
            } else if (!renamed.isEmpty()) {
                changes.add(item.name().strip() + renamed + ": renamed, still " + label(stance));
            }
        }
        List<String> left = before.items().stream().filter(i -> !kept.contains(i.id()))
                .map(i -> i.name().strip() + (i.done() ? " (done)" : "")).toList();
        int b = before.year();
        section(md, "Stance changes since " + b, changes, "No item changed its stance.");
        section(md, "New in " + now.year(), added, "Nothing new: every item was in " + b + " already.");
        section(md, "Left the plan after " + b, left, "Every item of " + b + " is still in the plan.");
    }

    private static String direction(Stance then, Stance now) {
        return Movement.between(then, now) == Movement.MOVED_IN ? "moved in" : "moved out";
    }

    private static String label(Stance s) {
        return s == null ? "no stance" : s.label();
    }

    /** Explore this year and in an earlier year, and never any other stance: a decision still waiting. */
    private static void explored(NotebookYears notebook, YearItems now, StringBuilder md) {
        List<String> waiting = new ArrayList<>();
        for (Node item : now.stanced(notebook.outline())) {
            if (YearItems.stance(notebook.outline(), item) != Stance.EXPLORE) {
                continue;
            }
            List<StanceHistory.Entry> upToNow = StanceHistory.of(notebook, item).years().stream()
                    .filter(e -> e.year() <= now.year() && e.present()).toList();
            boolean onlyExplored = upToNow.stream().allMatch(e -> e.stance() == Stance.EXPLORE);
            if (onlyExplored && upToNow.size() > 1) {
                waiting.add(item.name().strip() + ": explored in " + upToNow.stream()
                        .map(e -> Integer.toString(e.year())).collect(Collectors.joining(", ")));
            }
        }
        section(md, "Explored but never decided", waiting,
                "Every item explored before has since been given another stance, or this is its first year.");
    }

    private static void section(StringBuilder md, String heading, List<String> lines, String whenEmpty) {
        md.append("### ").append(heading).append("\n\n");
        if (lines.isEmpty()) {
            md.append(whenEmpty).append("\n\n");
        } else {
            lines.forEach(l -> md.append("- ").append(l).append('\n'));
            md.append('\n');
        }
    }
}
