package org.goalbook.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.model.OutlineEdits;
import org.goalbook.store.NotebookStore;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linked file deleted, renamed, replaced by a binary, on a full disk, or the writer killed mid-write: a clear
 * message, the notebook keeps everything, the link can be repaired, and the file is old or new text, never a mix.
 */
class BadMomentsTest {
    @TempDir
    Path dir;
    private Path journal;
    private String original;

    @BeforeEach
    void writeTheJournal() throws IOException {
        original = SharedFixtures.journal();
        journal = Files.writeString(dir.resolve("journal-2022.md"), original, StandardCharsets.UTF_8);
    }

    private String tickAnItem(NotebookStore store) {
        long id = store.outline().preorder().stream().filter(n -> n.name().equals("GatsbyJS")).findFirst()
                .orElseThrow().id();
        store.apply(OutlineEdits.tick(store.outline(), id, true, LocalDate.of(2022, 5, 1)));
        return JournalExporter.write(store.notebook());
    }

    @Test
    void aDeletedFileIsNamedTheNotebookKeepsItsEditsAndLinkingAgainRepairs() throws IOException {
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"))) {
            LinkedJournal linked = LinkedJournal.of(store);
            linked.link(journal, LinkedJournal.Differing.REFUSE);
            Files.move(journal, dir.resolve("renamed.md"));
            String ticked = tickAnItem(store);

            assertThatThrownBy(linked::sync).isInstanceOf(LinkProblem.class)
                    .hasMessageStartingWith(journal + ": the linked journal file is gone")
                    .hasMessageContaining("goalbook link FILE");
            assertThat(journal).doesNotExist();
            assertThat(JournalExporter.write(store.notebook())).isEqualTo(ticked);

            // Repaired: linked to the renamed file, which the notebook then brings up to date (--overwrite-file).
            linked.link(dir.resolve("renamed.md"), LinkedJournal.Differing.OVERWRITE_FILE);
            assertThat(Files.readString(dir.resolve("renamed.md"))).isEqualTo(ticked);
            assertThat(linked.sync().outcome()).isEqualTo(SyncReport.Outcome.IN_STEP);
        }
    }

    @Test
    void aFileReplacedByABinaryIsNeverWrittenOver() throws IOException {
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"))) {
            LinkedJournal linked = LinkedJournal.of(store);
            linked.link(journal, LinkedJournal.Differing.REFUSE);
            byte[] binary = new byte[4096];
            new Random(7).nextBytes(binary);
            binary[10] = 0;
            Files.write(journal, binary);
            String ticked = tickAnItem(store);

            assertThatThrownBy(linked::sync).isInstanceOf(LinkProblem.class).hasMessageStartingWith(journal + ": ")
                    .hasMessageContaining("left as it is");
            assertThat(Files.readAllBytes(journal)).isEqualTo(binary);
            assertThat(JournalExporter.write(store.notebook())).isEqualTo(ticked);
        }
    }

    @Test
    void aFileInTheMiddleOfAGitMergeIsLeftUntilGitsConflictIsResolved() throws IOException {
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"))) {
            LinkedJournal linked = LinkedJournal.of(store);
            linked.link(journal, LinkedJournal.Differing.REFUSE);
            String merging = original.replace("  - Maintain: GatsbyJS, React\n", "<<<<<<< HEAD\n  - Maintain: "
                    + "GatsbyJS, React, Vue\n=======\n  - Maintain: GatsbyJS, Preact\n>>>>>>> origin/main\n");
            Files.writeString(journal, merging, StandardCharsets.UTF_8);
            String before = JournalExporter.write(store.notebook());

            assertThatThrownBy(linked::sync).isInstanceOf(LinkProblem.class).hasMessageContaining("conflict markers");
            assertThat(JournalExporter.write(store.notebook())).isEqualTo(before);
            assertThat(Files.readString(journal, StandardCharsets.UTF_8)).isEqualTo(merging);
        }
    }

    @Test
    void aFileInAFolderThatIsGoneIsAClearMessage() throws IOException {
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"))) {
            Path gone = dir.resolve("no-such-folder").resolve("journal.md");
            assertThatThrownBy(() -> LinkedJournal.of(store).link(gone, LinkedJournal.Differing.REFUSE))
                    .isInstanceOf(LinkProblem.class).hasMessageContaining("cannot be written");
            assertThat(LinkedJournal.of(store).file()).isEmpty();
        }
    }

    @Test
    void aWriterKilledMidWriteLeavesTheOldOrTheNewTextNeverAMix() throws Exception {
        String a = WritingChild.CrashTexts.text('a');
        String b = WritingChild.CrashTexts.text('b');
        Files.writeString(journal, a, StandardCharsets.UTF_8);
        Random rnd = new Random(42);
        for (int round = 0; round < 8; round++) {
            Process child = java(WritingChild.class.getName(), journal.toString()).start();
            assertThat(new String(child.getInputStream().readNBytes(8), StandardCharsets.UTF_8)).isEqualTo("writing\n");
            Thread.sleep(20 + rnd.nextInt(300));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String text = Files.readString(journal, StandardCharsets.UTF_8);
            assertThat(text.equals(a) || text.equals(b)).as("round %d: %d chars, starting %s", round, text.length(),
                    text.substring(0, Math.min(12, text.length()))).isTrue();
        }
    }

    @Test
    void aDiskThatFillsUpLeavesTheOldTextAndNoTemporaryFile() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
        Files.writeString(journal, original, StandardCharsets.UTF_8);
        // A file-size limit makes the write fail exactly as a full disk does (EFBIG instead of ENOSPC).
        ProcessBuilder once = java(WritingChild.class.getName(), journal.toString(), "once");
        List<String> limited = new ArrayList<>(List.of("/bin/bash", "-c", "ulimit -f 256 && exec \"$0\" \"$@\""));
        limited.addAll(once.command());
        Process child = once.command(limited).start();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(err).isEqualTo(2);
        assertThat(err.lines().toList()).as(err).hasSize(1);
        assertThat(err).startsWith(journal + ": the linked journal file cannot be written");
        assertThat(Files.readString(journal, StandardCharsets.UTF_8)).isEqualTo(original);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("journal-2022.md");
        }
    }

    private static ProcessBuilder java(String main, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                main));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
