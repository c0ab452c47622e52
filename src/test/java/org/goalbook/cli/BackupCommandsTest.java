package org.goalbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goalbook.store.NotebookStore;
import org.goalbook.store.SampleNotebook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code goalbook backups} and {@code goalbook restore}: listed with what they hold, restored undoably. */
class BackupCommandsTest {
    private static final Pattern DAILY = Pattern.compile("\\S+_daily\\.goalbook");
    private static final Pattern BRINGS_BACK = Pattern.compile("`goalbook restore (\\S+)` brings it back");

    @TempDir
    Path dir;
    private Path notebook;

    @BeforeEach
    void createNotebook() {
        notebook = dir.resolve("journal.goalbook");
        try (NotebookStore store = NotebookStore.open(notebook)) {
            store.replaceAll(SampleNotebook.notebook());
        }
    }

    @Test
    void noBackupsYetSaysWhenTheyAreMade() {
        CliRun run = run("backups");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("No backups yet in ").contains("journal.goalbook-backups")
                .contains("first change of each day");
    }

    @Test
    void theFirstChangeOfTheDayIsBackedUpAndListedWithWhatItHolds() {
        assertThat(run("tick", String.valueOf(SampleNotebook.REACT)).code()).isZero();
        CliRun run = run("backups");
        assertThat(run.code()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("Backups in ").endsWith("journal.goalbook-backups, newest first:");
        assertThat(lines[1]).matches("\\w{3} \\d{1,2} \\w{3} \\d{4} \\d\\d:\\d\\d +daily +1/4 items done, 1 page +"
                + "\\S+_daily\\.goalbook");
    }

    @Test
    void restoreThenRestoreTheCopyItMadeGivesBackTheExportByteForByte() {
        run("tick", String.valueOf(SampleNotebook.REACT));
        byte[] ticked = run("export").outBytes();
        String daily = first(DAILY, run("backups").out());

        CliRun restore = run("restore", daily);
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).startsWith("Restored " + daily + " (1/4 items done, 1 page).\n");
        assertThat(run("info").out()).contains("Items     1/4 done");

        String safety = first(BRINGS_BACK, restore.out());
        assertThat(safety).endsWith("_before-restore.goalbook");
        assertThat(run("restore", safety).code()).isZero();
        assertThat(run("export").outBytes()).isEqualTo(ticked);
    }

    @Test
    void aDamagedFileIsRefusedInOneLineAndTheNotebookStaysAsItWas() throws IOException {
        byte[] before = run("export").outBytes();
        Path bad = Files.write(dir.resolve("bad.goalbook"), "SQLite format 3\0 but nothing after".getBytes());
        CliRun run = run("restore", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith(bad.toString()).endsWith("\n").hasLineCount(1);
        assertThat(run("export").outBytes()).isEqualTo(before);

        CliRun missing = run("restore", "2020-01-01_00-00-00_daily.goalbook");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("No backup 2020-01-01_00-00-00_daily.goalbook: it is neither");
    }

    @Test
    void aNotebookOpenElsewhereIsNotRestoredBehindItsBack() {
        run("tick", String.valueOf(SampleNotebook.REACT));
        String daily = first(DAILY, run("backups").out());
        try (NotebookStore window = NotebookStore.open(notebook)) {
            CliRun run = run("restore", daily);
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("open");
            assertThat(window.outline().get(SampleNotebook.REACT).done()).isTrue();
        }
    }

    private CliRun run(String... args) {
        return CliRun.on(notebook, args);
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.groupCount() > 0 ? m.group(1) : m.group();
    }
}
