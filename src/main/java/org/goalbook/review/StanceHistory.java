package org.goalbook.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.goalbook.model.Node;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;

/**
 * One skill item's stance in every year of the notebook, found by link or by name and following a rename where the
 * item kept its link: the single source for "new" and "moved" on a radar and in the yearly review.
 *
 * @param years one entry per year of the notebook, earliest first, from the item's first year to its last
 */
public record StanceHistory(List<Entry> years) {

    /**
     * The item as it stood in one year.
     *
     * @param year   the year
     * @param item   the item in that year, or null when the year's plan does not hold it
     * @param stance its stance that year, or null for none (or absent)
     */
    public record Entry(int year, Node item, Stance stance) {
        public boolean present() {
            return item != null;
        }

        public boolean done() {
            return item != null && item.done();
        }

        /** The day it was ticked, or null (not done, or done without a date). */
        public LocalDate doneOn() {
            return item == null ? null : item.doneOn();
        }
    }

    /** The history of {@code item}, which must be a skill item inside a year. */
    public static StanceHistory of(NotebookYears notebook, Node item) {
        YearItems home = notebook.yearOf(item)
                .orElseThrow(() -> new ReviewException("\u201c" + item.displayName() + "\u201d is not in a year's plan"));
        Outline outline = notebook.outline();
        List<YearItems> all = notebook.all();
        int at = all.indexOf(home);
        Entry[] entries = new Entry[all.size()];
        entries[at] = new Entry(home.year(), item, YearItems.stance(outline, item));
        // Walk outwards from the item's own year, each step matching against the nearest year where it was found,
        // so that a chain of renames that each kept the link is followed to its end.
        Node known = item;
        for (int i = at - 1; i >= 0; i--) {
            known = step(notebook, all.get(i), known, entries, i);
        }
        known = item;
        for (int i = at + 1; i < all.size(); i++) {
            known = step(notebook, all.get(i), known, entries, i);
        }
        int first = 0;
        while (entries[first].item() == null) {
            first++;
        }
        int last = entries.length - 1;
        while (entries[last].item() == null) {
            last--;
        }
        return new StanceHistory(List.of(entries).subList(first, last + 1));
    }

    private static Node step(NotebookYears notebook, YearItems year, Node known, Entry[] entries, int i) {
        Optional<Node> match = notebook.match(known, year.year());
        entries[i] = new Entry(year.year(), match.orElse(null),
                match.map(m -> YearItems.stance(notebook.outline(), m)).orElse(null));
        return match.orElse(known);
    }

    /** This history with the item's own entry (the one holding a node of its id) as the item now stands. */
    StanceHistory withOwn(Node item, Stance stance) {
        return new StanceHistory(years.stream()
                .map(e -> e.present() && e.item().id() == item.id() ? new Entry(e.year(), item, stance) : e)
                .toList());
    }

    /** The entry for {@code year}, if the history spans it. */
    public Optional<Entry> in(int year) {
        return years.stream().filter(e -> e.year() == year).findFirst();
    }

    /**
     * How the item moved into {@code year} against the notebook's previous year: the rule behind a radar's markers.
     * An item whose stance is unchanged since the previous year is not new, whatever it is called now.
     */
    public static Movement movement(NotebookYears notebook, Node item, int year) {
        Outline outline = notebook.outline();
        Stance now = YearItems.stance(outline, item);
        Stance before = notebook.previous(year)
                .flatMap(p -> notebook.match(item, p.year()))
                .map(m -> YearItems.stance(outline, m)).orElse(null);
        return Movement.between(before, now);
    }

    /** One line as the item's header shows it: "2022 Explore → 2023 Improve ✓ 2023-05-01 → 2024 —". */
    public String summary() {
        return years.stream().map(e -> e.year() + " " + (e.stance() == null ? "\u2014" : e.stance().label())
                        + (e.done() ? " \u2713" + (e.doneOn() == null ? "" : " " + e.doneOn()) : ""))
                .collect(Collectors.joining(" \u2192 "));
    }
}
