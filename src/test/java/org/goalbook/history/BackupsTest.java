package org.goalbook.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.model.Notebook;
import org.goalbook.model.OutlineEdits;
import org.goalbook.store.NotebookCopy;
import org.goalbook.store.NotebookException;
import org.goalbook.store.NotebookStore;
import org.goalbook.store.SampleNotebook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of a real notebook file, made through its open store, on a clock the test moves. */
class BackupsTest {
    @TempDir
    Path dir;
    private final SettableClock clock = new SettableClock(LocalDateTime.of(2026, 11, 30, 8, 30));
    private final List<String> problems = new ArrayList<>();
    private NotebookStore store;
    private Backups backups;

    @BeforeEach
    void open() {
        store = NotebookStore.open(dir.resolve("journal.goalbook"));
        store.replaceAll(SampleNotebook.notebook());
        backups = Backups.keep(store, clock, problems::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aBackupIsACheckedSelfContainedCopyInAFolderBesideTheNotebook() throws IOException {
        Backup made = backups.make(store, BackupKind.DAILY);
        assertEquals(dir.toRealPath().resolve("journal.goalbook-backups"), made.file().getParent());
        assertEquals("2026-11-30_08-30-00_daily.goalbook", made.name());
        assertEquals(store.outline().preorder(), NotebookCopy.read(made.file()).preorder());
        assertEquals(List.of(made.name()), names(), "one file, no -wal or -shm beside it");
        byte[] header = Files.readAllBytes(made.file());
        assertEquals(1, header[18], "rollback-journal mode: the copy needs no side file");
        assertEquals("1/4 items done, 1 page", Backups.contents(made.file()).toString());
    }

    @Test
    void theFirstChangeOfEachDayBacksUpTheNotebookAsTheDayFoundIt() {
        String before = JournalExporter.write(store.notebook());
        tick(SampleNotebook.REACT);
        tick(SampleNotebook.GOLANG);
        assertEquals(List.of("2026-11-30_08-30-00_daily.goalbook"), names(), "one a day");
        assertEquals(before, exportOf(backups.list().get(0).file()));

        clock.advance(Duration.ofDays(1));
        tick(SampleNotebook.VUE);
        assertEquals(List.of("2026-11-30_08-30-00_daily.goalbook", "2026-12-01_08-30-00_daily.goalbook"), names());
        assertEquals(List.of(), problems);
    }

    @Test
    void anImportIsBackedUpBeforeItReplacesTheContents() {
        String before = JournalExporter.write(store.notebook());
        store.replaceAll(new Notebook(store.meta(), new org.goalbook.model.Outline(List.of()), List.of(), List.of()));
        Backup made = backups.list().get(0);
        assertEquals(BackupKind.BEFORE_IMPORT, made.kind());
        assertEquals(before, exportOf(made.file()));
    }

    @Test
    void sevenDailyAndFourWeeklyAreKeptOverTwoMonthsOfSimulatedDays() {
        for (int day = 0; day < 60; day++) {
            tick(SampleNotebook.REACT);
            untick(SampleNotebook.REACT);
            clock.advance(Duration.ofDays(1));
        }
        // The last change was on Thu 28 Jan 2027 (day 59): 22..28 Jan, then the latest of each of four weeks before:
        // Thu 21 Jan (its week's Fri to Sun are among the seven) and the Sundays 17, 10 and 3 Jan.
        List<String> expected = new ArrayList<>();
        for (LocalDate d : List.of(LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 17),
                LocalDate.of(2027, 1, 21))) {
            expected.add(d + "_08-30-00_daily.goalbook");
        }
        for (int d = 22; d <= 28; d++) {
            expected.add("2027-01-" + d + "_08-30-00_daily.goalbook");
        }
        assertEquals(expected, names());
        assertEquals(List.of(), problems);
    }

    @Test
    void aBackupThatCannotBeMadeIsOneLineAndTheChangeIsStoredAllTheSame() throws IOException {
        Files.writeString(backups.folder(), "a file where the backups folder should be");
        tick(SampleNotebook.REACT);
        assertTrue(store.outline().get(SampleNotebook.REACT).done(), "the change is stored");
        assertEquals(1, problems.size());
        assertThat(problems.get(0)).startsWith("No backup was made (Cannot make the backups folder")
                .endsWith("the change was stored all the same.").doesNotContain("\n");
    }

    @Test
    void restoreBringsBackABackupAndRestoringTheCopyMadeFirstUndoesIt() throws IOException {
        byte[] original = JournalExporter.write(store.notebook()).getBytes(StandardCharsets.UTF_8);
        Backup daily = backups.make(store, BackupKind.DAILY);
        tick(SampleNotebook.REACT);
        store.apply(OutlineEdits.rename(store.outline(), SampleNotebook.GOLANG, "Rust"));
        clock.advance(Duration.ofMinutes(5));
        byte[] edited = JournalExporter.write(store.notebook()).getBytes(StandardCharsets.UTF_8);

        Backup before = backups.restore(store, daily.file());
        assertEquals(BackupKind.BEFORE_RESTORE, before.kind());
        assertArrayEquals(original, JournalExporter.write(store.notebook()).getBytes(StandardCharsets.UTF_8));

        clock.advance(Duration.ofMinutes(5));
        backups.restore(store, before.file());
        assertArrayEquals(edited, JournalExporter.write(store.notebook()).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), store.check());
    }

    @Test
    void theRestoredNotebookStaysGuardedAndReopensAsItWas() {
        Backup daily = backups.make(store, BackupKind.DAILY);
        tick(SampleNotebook.REACT);
        backups.restore(store, daily.file());
        assertThrows(NotebookException.class, () -> NotebookStore.open(dir.resolve("journal.goalbook")),
                "still the only writer");
        String restored = JournalExporter.write(store.notebook());
        store.close();
        store = NotebookStore.open(dir.resolve("journal.goalbook"));
        assertEquals(restored, JournalExporter.write(store.notebook()));
        assertEquals(List.of(), store.notices(), "no log that looks like another notebook's");
    }

    @Test
    void aDamagedBackupIsRefusedWithOneLineAndTheNotebookIsUnchanged() throws IOException {
        Backup daily = backups.make(store, BackupKind.DAILY);
        Path damaged = Files.copy(daily.file(), dir.resolve("damaged.goalbook"));
        try (RandomAccessFile file = new RandomAccessFile(damaged.toFile(), "rw")) {
            for (long page = 1; page * 4096 < file.length(); page++) {
                file.seek(page * 4096 + 8);
                file.write("garbage where SQLite keeps its cells".getBytes(StandardCharsets.US_ASCII));
            }
        }
        String before = JournalExporter.write(store.notebook());
        NotebookException e = assertThrows(NotebookException.class, () -> backups.restore(store, damaged));
        assertThat(e.getMessage()).contains(damaged.toString()).doesNotContain("\n")
                .containsAnyOf("damaged", "malformed");
        assertEquals(before, JournalExporter.write(store.notebook()));
        assertThrows(NotebookException.class, () -> Backups.contents(damaged));

        Path text = Files.writeString(dir.resolve("notes.goalbook"), "not a notebook at all");
        NotebookException notSqlite = assertThrows(NotebookException.class, () -> backups.restore(store, text));
        assertEquals(text + " is not a Goalbook notebook (it is not an SQLite database)", notSqlite.getMessage());
        assertEquals(before, JournalExporter.write(store.notebook()));
    }

    @Test
    void aNameOfTheFolderOrAPathIsResolvedAndAnythingElseIsRefused() {
        Backup daily = backups.make(store, BackupKind.DAILY);
        assertEquals(daily.file(), backups.resolve(daily.name()));
        assertEquals(daily.file(), backups.resolve(daily.file().toString()));
        NotebookException e = assertThrows(NotebookException.class, () -> backups.resolve("nope.goalbook"));
        assertThat(e.getMessage()).startsWith("No backup nope.goalbook: it is neither a file nor a backup in ");
    }

    private void tick(long id) {
        store.apply(OutlineEdits.tick(store.outline(), id, true, LocalDate.now(clock)));
    }

    private void untick(long id) {
        store.apply(OutlineEdits.tick(store.outline(), id, false, null));
    }

    private List<String> names() {
        try (Stream<Path> files = Files.list(backups.folder())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String exportOf(Path backup) {
        // A backup is a notebook file: open a copy of it as one, so the backup itself stays untouched.
        try {
            Path copy = Files.copy(backup, backup.resolveSibling("..").resolve("read-" + backup.getFileName()));
            try (NotebookStore s = NotebookStore.open(copy)) {
                return JournalExporter.write(s.notebook());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
