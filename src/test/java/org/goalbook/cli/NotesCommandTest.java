package org.goalbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.goalbook.model.Node;
import org.goalbook.store.NotebookStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code goalbook notes}: read and replace a node's notes from scripts, bad input refused with nothing changed; and
 * the task items of a page, counted as items.
 */
class NotesCommandTest {
    private static final String JOURNAL = "## My Goals in 2022\n\n### Tactical\n\nFront End\n\n- App Frameworks\n"
            + "  - Maintain: GatsbyJS, React\n- Master SPA\n\n  The **hooks** course.\n\n## Log\n\n- [ ] read it\n";
    @TempDir
    Path dir;
    private Path notebook;
    private String out;
    private String err;
    private byte[] outBytes;

    @BeforeEach
    void importAJournal() throws IOException {
        Path journal = dir.resolve("j.md");
        Files.writeString(journal, JOURNAL, StandardCharsets.UTF_8);
        notebook = dir.resolve("n.goalbook");
        assertThat(run(null, "import", journal.toString())).isZero();
    }

    @Test
    void printsTheNotesExactly() {
        assertThat(run(null, "notes", id("Master SPA"))).isZero();
        assertThat(outBytes).isEqualTo("The **hooks** course.".getBytes(StandardCharsets.UTF_8));
        assertThat(run(null, "notes", id("Log"))).isZero();
        assertThat(out).isEqualTo("## Log\n\n- [ ] read it\n");
    }

    @Test
    void setReplacesTheNotesFromAFileOrStandardInput() throws IOException {
        Path file = dir.resolve("notes.md");
        Files.writeString(file, "- [ ] read the SRE book\r\n\r\n## Später\r\n", StandardCharsets.UTF_8);
        assertThat(run(null, "notes", id("Master SPA"), "--set", file.toString())).as(err).isZero();
        assertThat(out).isEqualTo("Replaced the notes of \u201cMaster SPA\u201d (#" + id("Master SPA") + ")\n");
        assertThat(node("Master SPA").notes()).isEqualTo("- [ ] read the SRE book\n\n## Später\n");

        assertThat(run("from a pipe.", "notes", id("Master SPA"), "--set", "-")).isZero();
        assertThat(node("Master SPA").notes()).isEqualTo("from a pipe.");
        assertThat(run(null, "export")).isZero();
        assertThat(out).contains("- Master SPA\n\n  from a pipe.\n");
    }

    @Test
    void badInputIsOneLineExitTwoAndChangesNothing() throws IOException {
        Path binary = dir.resolve("picture.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        Path latin1 = dir.resolve("latin1.md");
        Files.write(latin1, "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        String spa = id("Master SPA");

        assertThat(run(null, "notes", "999", "--set", "-")).isEqualTo(2);
        assertThat(err).isEqualTo("no node #999 in this notebook; `goalbook list` shows the ids\n");
        assertThat(run(null, "notes", spa, "--set", binary.toString())).isEqualTo(2);
        assertThat(err).contains("looks like a binary file").doesNotContain("\n\n").hasLineCount(1);
        assertThat(run(null, "notes", spa, "--set", latin1.toString())).isEqualTo(2);
        assertThat(err).contains("is not valid UTF-8").hasLineCount(1);
        assertThat(run(null, "notes", spa, "--set", dir.resolve("missing.md").toString())).isEqualTo(2);
        assertThat(err).contains("no such file").hasLineCount(1);
        assertThat(run(null, "notes", id("Front End"), "--set", "-")).isEqualTo(2);
        assertThat(err).contains("no place for notes on an area").hasLineCount(1);
        assertThat(node("Master SPA").notes()).isEqualTo("The **hooks** course.");
        assertThat(node("Front End").notes()).isEmpty();
    }

    @Test
    void pageTasksCountAsItemsInInfoAndList() {
        assertThat(run(null, "info")).isZero();
        assertThat(out).contains("Items     0/4 done\n");
        String log = id("Log");
        assertThat(run(null, "tick", log + ".1")).isZero();
        assertThat(run(null, "info")).isZero();
        assertThat(out).contains("Items     1/4 done\n");
        assertThat(run(null, "list")).isZero();
        assertThat(out).contains("#" + log + "  page: Log  1/1 done\n");
    }

    private Node node(String name) {
        try (NotebookStore store = NotebookStore.open(notebook)) {
            return store.outline().preorder().stream().filter(n -> n.displayName().equals(name)).findFirst()
                    .orElseThrow();
        }
    }

    private String id(String name) {
        return Long.toString(node(name).id());
    }

    private int run(String stdin, String... args) {
        CliRun r = CliRun.on(notebook, stdin == null ? "some text" : stdin, args);
        outBytes = r.outBytes();
        out = r.out();
        err = r.err();
        return r.code();
    }
}
