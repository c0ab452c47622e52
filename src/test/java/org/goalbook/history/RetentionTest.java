package org.goalbook.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RetentionTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void sevenDaysAndFourWeeksAreKept() {
        List<Backup> all = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            all.add(daily(MONDAY.minusDays(day)));
        }
        List<Backup> kept = new ArrayList<>(all);
        kept.removeAll(Retention.toDelete(all));
        List<LocalDate> days = kept.stream().map(b -> b.made().toLocalDate()).sorted().toList();
        // Mon 30 Nov back to Tue 24 Nov are the seven days; of the older ones Mon 23 Nov is the latest of its week
        // (whose other days are among the seven), and the three Sundays before it the latest of theirs.
        assertEquals(List.of(LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 22),
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 28),
                LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30)), days);
    }

    @Test
    void daysWithoutBackupsUseUpNoPlace() {
        List<Backup> all = List.of(daily(MONDAY), daily(MONDAY.minusDays(30)), daily(MONDAY.minusDays(31)));
        assertEquals(List.of(), Retention.toDelete(all));
    }

    @Test
    void everyBackupOfAKeptDayIsKeptSafetyCopiesToo() {
        LocalDateTime morning = MONDAY.atTime(9, 0);
        List<Backup> all = List.of(new Backup(Path.of("a"), morning, BackupKind.DAILY),
                new Backup(Path.of("b"), morning.plusHours(1), BackupKind.BEFORE_RESTORE),
                new Backup(Path.of("c"), morning.plusHours(2), BackupKind.BEFORE_RESTORE),
                new Backup(Path.of("d"), morning.plusHours(3), BackupKind.BEFORE_IMPORT));
        assertEquals(List.of(), Retention.toDelete(all));
    }

    @Test
    void olderBackupsOfOneWeekKeepOnlyTheLatest() {
        List<Backup> all = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            all.add(daily(MONDAY.plusDays(day + 14)));
        }
        Backup tuesday = daily(MONDAY.plusDays(1));
        Backup wednesday = daily(MONDAY.plusDays(2));
        all.add(tuesday);
        all.add(wednesday);
        assertEquals(List.of(tuesday), Retention.toDelete(all));
    }

    private static Backup daily(LocalDate day) {
        LocalDateTime made = day.atTime(8, 30);
        return new Backup(Path.of(Backup.name(made, BackupKind.DAILY, 1)), made, BackupKind.DAILY);
    }
}
