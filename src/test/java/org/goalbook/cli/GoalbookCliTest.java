package org.goalbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import org.goalbook.model.OutlineEdits;
import org.goalbook.store.NotebookStore;
import org.goalbook.store.SampleNotebook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalbookCliTest {
    @TempDir
    Path dir;
    private Path notebook;
    private final List<Path> opened = new ArrayList<>();
    private String out;
    private String err;

    @BeforeEach
    void createNotebook() {
        notebook = dir.resolve("journal.goalbook");
        try (NotebookStore store = NotebookStore.open(notebook)) {
            store.replaceAll(SampleNotebook.notebook());
        }
    }

    @Test
    void infoCountsWhatTheNotebookHolds() {
        assertEquals(0, run("info", "--notebook", notebook.toString()));
        assertEquals(String.join(System.lineSeparator(),
                "Notebook  " + notebook,
                "Schema    2",
                "Years     2",
                "Goals     1/3 done",
                "Areas     1",
                "Topics    2",
                "Items     1/4 done, 1 skipped",
                "Pages     1", ""), out);
        assertEquals("", err);
    }

    @Test
    void theNotebookOptionMayStandBeforeTheSubcommand() {
        assertEquals(0, run("--notebook", notebook.toString(), "info"));
        assertTrue(out.startsWith("Notebook  " + notebook), out);
    }

    @Test
    void checkSaysOkForAHealthyNotebook() {
        assertEquals(0, run("check", "--notebook", notebook.toString()));
        assertEquals("ok" + System.lineSeparator(), out);
    }

    @Test
    void checkListsEachProblemAndExitsWithTwo() throws Exception {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + notebook)) {
            raw.createStatement().executeUpdate("UPDATE node SET position = 5 WHERE id = " + SampleNotebook.REACT);
        }
        assertEquals(2, run("check", "--notebook", notebook.toString()));
        assertEquals("the children of node 9 \"Maintain\" are numbered [0, 5] instead of 0 to 1"
                + System.lineSeparator(), out);
    }

    @Test
    void searchPrintsIdKindAndTheMarkedMatch() {
        assertEquals(0, run("search", "react", "--notebook", notebook.toString()));
        assertEquals("    11  item        [React]" + System.lineSeparator(), out);
    }

    @Test
    void searchShowsTheNameWhenTheMatchIsInTheNotes() {
        assertEquals(0, run("--notebook", notebook.toString(), "search", "hooks", "course"));
        assertEquals("    16  item        Master SPA and webworkers — ## Notes - [hooks] [course]"
                + System.lineSeparator(), out);
    }

    @Test
    void searchPrintsAPageTaskUnderTheIdThatTicksIt() {
        try (NotebookStore store = NotebookStore.open(notebook)) {
            store.apply(OutlineEdits.setNotes(store.outline(), SampleNotebook.LOG,
                    "## Log\n\n- [ ] read the SRE book\n"));
        }
        assertEquals(0, run("--notebook", notebook.toString(), "search", "sre"));
        assertEquals(String.join(System.lineSeparator(),
                "     -  properties  tags: DevOps, Full Stack, [SRE]", // the sample's front matter has the tag too
                "     1  page        Log — ## Log - [ ] read the [SRE] book",
                "   1.1  task        read the [SRE] book", ""), out);
        assertEquals(0, run("--notebook", notebook.toString(), "tick", "1.1"));
        try (NotebookStore store = NotebookStore.open(notebook)) {
            assertTrue(store.outline().get(SampleNotebook.LOG).notes().contains("- [x] read the SRE book"));
        }
    }

    @Test
    void searchWithoutMatchesSaysSo() {
        assertEquals(0, run("--notebook", notebook.toString(), "search", "\"cobol AND"));
        assertEquals("No matches for \"\"cobol AND\"." + System.lineSeparator(), out);
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(out.startsWith("Usage: goalbook [-hV] [--notebook=PATH] [FILE] [COMMAND]"), out);
        assertTrue(out.contains("info") && out.contains("check") && out.contains("search"), out);

        assertEquals(0, run("--version"));
        assertEquals("goalbook dev" + System.lineSeparator(), out, "no jar manifest when run from classes");

        assertEquals(0, run("search", "--help"));
        assertTrue(out.startsWith("Usage: goalbook search"), out);
    }

    @Test
    void anUnknownSubcommandIsBadUsage() {
        assertEquals(1, run("frobnicate", "--notebook", notebook.toString()));
        assertTrue(err.startsWith("Unmatched argument at index 0: 'frobnicate'"), err);
        assertTrue(err.contains("Did you mean: goalbook"), err);
        assertEquals("", out);
        assertTrue(opened.isEmpty());
    }

    @Test
    void anUnknownOptionOrAMissingArgumentIsBadUsage() {
        assertEquals(1, run("info", "--frobnicate"));
        assertTrue(err.startsWith("Unknown option: '--frobnicate'"), err);
        assertEquals(1, run("search", "--notebook", notebook.toString()));
        assertTrue(err.startsWith("Missing required parameter: 'TEXT'"), err);
        assertEquals(1, run("info", "--notebook"));
    }

    @Test
    void aFileThatIsNotANotebookGetsOneLineAndExitCodeTwo() throws IOException {
        Path text = Files.writeString(dir.resolve("journal.md"), "## My Goals in 2022\n");
        for (String command : List.of("info", "check", "search")) {
            List<String> args = new ArrayList<>(List.of(command, "--notebook", text.toString()));
            if (command.equals("search")) {
                args.add("react");
            }
            assertEquals(2, run(args.toArray(String[]::new)), command);
            assertEquals(text + " is not a Goalbook notebook (it is not an SQLite database)"
                    + System.lineSeparator(), err, command);
            assertEquals("", out);
        }
    }

    @Test
    void withoutASubcommandTheWindowOpensOnTheNotebook() {
        assertEquals(0, run("--notebook", notebook.toString()));
        assertEquals(List.of(notebook), opened);
    }

    @Test
    void aBadNotebookIsNamedOnStderrAndTheWindowOpensToSayItInADialog() throws IOException {
        Path png = Files.write(dir.resolve("radar.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertEquals(2, run("--notebook", png.toString()));
        assertEquals(png + " is not a Goalbook notebook (it is not an SQLite database)" + System.lineSeparator(), err);
        assertEquals(List.of(png), opened, "a desktop start has no terminal: the window shows the refusal");
        assertFalse(err.contains("\tat "), "no stack trace");
    }

    /** The desktop entry's {@code Exec=goalbook %F}: a double-clicked notebook arrives as a plain argument. */
    @Test
    void aNotebookGivenAsTheOnlyArgumentOpensInTheWindow() {
        last = java.util.Optional.of(dir.resolve("last.goalbook"));
        assertEquals(0, run(notebook.toString()));
        assertEquals(List.of(notebook), opened);
        assertEquals("", err);
    }

    /** A double-clicked file that is not a notebook: its line on stderr, exit 2, and the window says it too. */
    @Test
    void aDamagedNotebookGivenAsArgumentGetsItsMessageAndTheWindowSaysIt() throws IOException {
        Path png = Files.write(dir.resolve("radar.goalbook"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertEquals(2, run(png.toString()));
        assertEquals(png + " is not a Goalbook notebook (it is not an SQLite database)" + System.lineSeparator(), err);
        assertEquals(List.of(png), opened);
    }

    @Test
    void withoutANamedNotebookTheWindowReopensTheLastOne() {
        last = java.util.Optional.of(notebook);
        assertEquals(0, run());
        assertEquals(List.of(notebook), opened);
    }

    @Test
    void aNamedNotebookWinsOverTheLastOne() throws IOException {
        Path other = dir.resolve("other.goalbook");
        try (NotebookStore store = NotebookStore.open(other)) {
            store.replaceAll(SampleNotebook.notebook());
        }
        last = java.util.Optional.of(notebook);
        assertEquals(0, run("--notebook", other.toString()));
        assertEquals(List.of(other), opened);
    }

    private java.util.Optional<Path> last = java.util.Optional.empty();

    private int run(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = GoalbookCli.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), new WindowLauncher() {
                    @Override
                    public void open(Path path) {
                        opened.add(path);
                    }

                    @Override
                    public java.util.Optional<Path> lastNotebook() {
                        return last;
                    }
                });
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return code;
    }
}
