package org.goalbook.model;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a new year takes from an earlier one, as the user chose it: which goals and items (by their ids in the old
 * year), whether their notes come along, and the stances moved on the way (e.g. Explore → Improve).
 *
 * @param items     the old year's goals and items to carry; a goal whose sub-point is carried comes along with it
 * @param keepNotes true to copy each carried goal's and item's notes, false to start them empty
 * @param stances   the new stance of a carried skill item, by its old id; items not named keep theirs
 */
public record CarryChoice(Set<Long> items, boolean keepNotes, Map<Long, Stance> stances) {
    public CarryChoice {
        items = Set.copyOf(items);
        stances = Map.copyOf(stances);
    }

    /** Every goal and item of the year that is not done, notes kept, stances as they were: what a new year starts from. */
    public static CarryChoice unfinished(Outline outline, long fromYearId) {
        return of(outline, fromYearId, true);
    }

    /** Every goal and item of the year, done or not, notes kept, stances as they were. */
    public static CarryChoice everything(Outline outline, long fromYearId) {
        return of(outline, fromYearId, false);
    }

    private static CarryChoice of(Outline outline, long fromYearId, boolean leaveDone) {
        Set<Long> ids = new LinkedHashSet<>();
        outline.walk(fromYearId, n -> {
            if (n.kind().isTickable() && !(leaveDone && n.done())) {
                ids.add(n.id());
            }
        });
        return new CarryChoice(ids, true, Map.of());
    }
}
