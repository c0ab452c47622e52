package org.goalbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;

import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code goalbook link / unlink / sync}: the notebook and its journal file kept in step from the command line. */
class LinkCommandsTest {
    @TempDir
    Path dir;
    private Path notebook;
    private Path journal;
    private String original;

    @BeforeEach
    void writeTheJournal() throws IOException {
        original = SharedFixtures.journal();
        journal = dir.resolve("journal-2022.md");
        Files.writeString(journal, original, StandardCharsets.UTF_8);
        notebook = dir.resolve("n.goalbook");
    }

    private CliRun run(String... args) {
        return CliRun.on(notebook, args);
    }

    private String file() throws IOException {
        return Files.readString(journal, StandardCharsets.UTF_8);
    }

    @Test
    void anEmptyNotebookReadsTheFileAndExportsItByteForByte() throws IOException {
        CliRun link = run("link", journal.toString());
        assertThat(link.code()).as(link.err()).isZero();
        assertThat(link.out()).isEqualTo("Read " + journal + " into the notebook and linked it\n");
        assertThat(run("export").outBytes()).isEqualTo(original.getBytes(StandardCharsets.UTF_8));
        assertThat(file()).isEqualTo(original);
    }

    @Test
    void aTickIsWrittenToTheFileAsOneChangedLine() throws IOException {
        Files.setPosixFilePermissions(journal, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(run("link", journal.toString()).code()).isZero();
        long before = Files.getLastModifiedTime(journal).toMillis();

        CliRun tick = run("tick", "35");
        assertThat(tick.code()).as(tick.err()).isZero();
        assertThat(tick.err()).isEmpty();
        assertThat(file()).isEqualTo(original.replace("  - Maintain: GatsbyJS, React",
                "  - Maintain: GatsbyJS \u2705 " + LocalDate.now() + ", React"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(journal))).isEqualTo("rw-r-----");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith("tmp"));

        // A command that changes nothing does not touch the file.
        long ticked = Files.getLastModifiedTime(journal).toMillis();
        assertThat(run("list").code()).isZero();
        assertThat(Files.getLastModifiedTime(journal).toMillis()).isEqualTo(ticked).isGreaterThanOrEqualTo(before);
    }

    @Test
    void crlfAndAMissingFinalNewlineAreKept() throws IOException {
        String crlf = original.replace("\n", "\r\n").stripTrailing();
        Files.writeString(journal, crlf, StandardCharsets.UTF_8);
        assertThat(run("link", journal.toString()).code()).isZero();
        assertThat(run("tick", "35").code()).isZero();
        assertThat(file()).isEqualTo(crlf.replace("  - Maintain: GatsbyJS, React",
                "  - Maintain: GatsbyJS \u2705 " + LocalDate.now() + ", React"));
    }

    @Test
    void aNotebookWhoseTextDiffersIsNotLinkedUntilTheUserChooses() throws IOException {
        Path other = Files.writeString(dir.resolve("other.md"), "# Other\n\nSomething else.\n");
        assertThat(run("link", other.toString()).code()).isZero();
        assertThat(run("unlink").code()).isZero();

        CliRun refused = run("link", journal.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--replace-notebook").contains("--overwrite-file").hasLineCount(1);
        assertThat(file()).isEqualTo(original);
        assertThat(run("export").out()).isEqualTo("# Other\n\nSomething else.\n");

        assertThat(run("link", journal.toString(), "--overwrite-file").code()).isZero();
        assertThat(file()).isEqualTo("# Other\n\nSomething else.\n");
        Files.writeString(journal, original);
        assertThat(run("unlink").code()).isZero();
        assertThat(run("link", journal.toString(), "--replace-notebook").code()).isZero();
        assertThat(run("export").out()).isEqualTo(original);
    }

    @Test
    void anEditInTheFileReachesTheNotebookAtTheNextCommand() throws IOException {
        assertThat(run("link", journal.toString()).code()).isZero();
        Files.writeString(journal, original.replace("  - Maintain: GatsbyJS, React",
                "  - Maintain: GatsbyJS, React, Vue"));
        CliRun list = run("list", "--year", "2022");
        assertThat(list.out()).contains("Vue");
        assertThat(run("export").out()).isEqualTo(file());
    }

    @Test
    void sameLineEditsAreAConflictThatSyncReportsWithExitCode3AndKeepsBothSides() throws IOException {
        assertThat(run("link", journal.toString()).code()).isZero();
        // The file is read-only for a while: the notebook's rename cannot reach it, and is kept.
        Files.setPosixFilePermissions(journal, PosixFilePermissions.fromString("r--r--r--"));
        CliRun rename = run("rename", "43", "Remix v3");
        assertThat(rename.code()).isZero();
        assertThat(rename.err()).contains(journal.toString()).contains("cannot be written").hasLineCount(1);
        assertThat(file()).isEqualTo(original);
        Files.setPosixFilePermissions(journal, PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(journal, original.replace("[Remix]", "[Remix v4]")
                .replace("  - Maintain: GatsbyJS, React", "  - Maintain: GatsbyJS, React, Vue"));

        CliRun sync = run("sync");
        assertThat(sync.code()).as(sync.err()).isEqualTo(3);
        assertThat(sync.err()).contains("<<<<<<< notebook").contains("[Remix v3]").contains("[Remix v4]");
        assertThat(file()).contains("[Remix v3](https://remix.run/)").contains("# Conflict with journal-2022.md")
                .contains("[Remix v4]").contains("GatsbyJS, React, Vue");
        assertThat(run("sync").code()).isEqualTo(3);
        assertThat(run("list").err()).contains("1 conflict not resolved yet");

        CliRun keep = run("sync", "--keep", "file");
        assertThat(keep.code()).as(keep.err()).isZero();
        assertThat(file()).isEqualTo(original.replace("[Remix]", "[Remix v4]")
                .replace("  - Maintain: GatsbyJS, React", "  - Maintain: GatsbyJS, React, Vue"));
        assertThat(run("sync").code()).isZero();
        assertThat(run("export").out()).isEqualTo(file());
    }

    @Test
    void unlinkLeavesFileAndNotebookAsTheyAre() throws IOException {
        assertThat(run("link", journal.toString()).code()).isZero();
        CliRun unlink = run("unlink");
        assertThat(unlink.out()).startsWith("Unlinked ");
        assertThat(run("tick", "35").code()).isZero();
        assertThat(file()).isEqualTo(original);
        assertThat(run("sync").code()).isEqualTo(2);
    }
}
