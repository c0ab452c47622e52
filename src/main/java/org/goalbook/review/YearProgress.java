package org.goalbook.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.Progress;
import org.goalbook.model.Stance;

/**
 * A year at a glance: done out of total for the whole year, per strategic part and area, per stance, and the ticks
 * of each month from the dates they were ticked (a burn-up when added up).
 *
 * @param year        the year
 * @param overall     the year's progress as the tree counts it (skipped items in neither number)
 * @param parts       "Strategic" and each area, in document order, with their progress
 * @param stances     for each stance, done out of the skill items with that stance (skip included here, so that the
 *                    user sees how many things they decided against)
 * @param unstanced   done out of the skill items without a stance
 * @param months      ticks dated in each month of the year, January first (12 numbers)
 * @param undated     done goals and items without a date
 * @param otherYears  ticks dated outside the year (e.g. a 2022 goal ticked in January 2023)
 */
public record YearProgress(int year, Progress overall, List<Part> parts, Map<Stance, Progress> stances,
                           Progress unstanced, List<Integer> months, int undated, int otherYears) {

    /** A strategic part or an area, and its done out of total. */
    public record Part(String name, Progress progress) {
    }

    public static YearProgress of(NotebookYears notebook, int year) {
        YearItems y = notebook.require(year);
        Outline outline = notebook.outline();
        List<Part> parts = new ArrayList<>();
        outline.walk(y.node().id(), n -> {
            if (n.kind() == NodeKind.STRATEGIC || n.kind() == NodeKind.AREA) {
                parts.add(new Part(n.displayName(), outline.progress(n.id())));
            }
        });
        Map<Stance, int[]> counts = new EnumMap<>(Stance.class);
        for (Stance s : Stance.values()) {
            counts.put(s, new int[2]);
        }
        int[] none = new int[2];
        for (Node item : y.items()) {
            Stance s = YearItems.stance(outline, item);
            int[] c = s == null ? none : counts.get(s);
            c[1]++;
            c[0] += item.done() ? 1 : 0;
        }
        Map<Stance, Progress> stances = new EnumMap<>(Stance.class);
        counts.forEach((s, c) -> stances.put(s, new Progress(c[0], c[1])));
        int[] months = new int[12];
        int undated = 0;
        int elsewhere = 0;
        for (Node n : outline.subtree(y.node().id())) {
            if (!n.kind().isTickable() || !n.done()) {
                continue;
            }
            LocalDate on = n.doneOn();
            if (on == null) {
                undated++;
            } else if (on.getYear() == year) {
                months[on.getMonthValue() - 1]++;
            } else {
                elsewhere++;
            }
        }
        return new YearProgress(year, outline.progress(y.node().id()), List.copyOf(parts), Collections.unmodifiableMap(stances),
                new Progress(none[0], none[1]), Arrays.stream(months).boxed().toList(), undated, elsewhere);
    }

    /** Ticks up to and including each month: the burn-up line. */
    public List<Integer> burnUp() {
        List<Integer> out = new ArrayList<>();
        int sum = 0;
        for (int m : months) {
            sum += m;
            out.add(sum);
        }
        return out;
    }
}
