package org.goalbook.history;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which backups are kept: every backup of the 7 latest days that have one, and of the older ones the latest of each
 * of the 4 latest weeks (ISO weeks) that have one. Days without changes make no backups and use up no place, so a
 * holiday does not push the last working week out.
 */
final class Retention {
    static final int DAYS = 7;
    static final int WEEKS = 4;

    private Retention() {
    }

    /** The backups to delete, oldest first. */
    static List<Backup> toDelete(List<Backup> all) {
        List<Backup> newestFirst = new ArrayList<>(all);
        newestFirst.sort(Comparator.comparing(Backup::made).reversed());
        Set<LocalDate> days = new LinkedHashSet<>();
        Map<Long, Backup> weeks = new LinkedHashMap<>();
        Set<Backup> kept = new LinkedHashSet<>();
        for (Backup b : newestFirst) {
            LocalDate day = b.made().toLocalDate();
            if (days.contains(day) || days.size() < DAYS) {
                days.add(day);
                kept.add(b);
            } else {
                long week = day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                if (!weeks.containsKey(week) && weeks.size() < WEEKS) {
                    weeks.put(week, b);
                    kept.add(b);
                }
            }
        }
        List<Backup> delete = new ArrayList<>(newestFirst);
        delete.removeAll(kept);
        delete.sort(Comparator.comparing(Backup::made));
        return delete;
    }
}
