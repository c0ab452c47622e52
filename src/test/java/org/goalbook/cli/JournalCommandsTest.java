package org.goalbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.goalbook.testing.LineDiff;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal from the command line: import, list, edit by id, export; each guarantee seen from a script. */
class JournalCommandsTest {
    @TempDir
    Path dir;
    private Path notebook;
    private Path journal;
    private String original;
    private String out;
    private String err;
    private byte[] outBytes;

    @BeforeEach
    void importTheSharedJournal() throws IOException {
        original = SharedFixtures.journal();
        journal = dir.resolve("journal-2022.md");
        Files.writeString(journal, original, StandardCharsets.UTF_8);
        notebook = dir.resolve("n.goalbook");
        assertThat(run("import", journal.toString())).isZero();
        assertThat(out).isEqualTo("Imported journal-2022.md: 2 years, 27 pages, 153 nodes\n");
    }

    @Test
    void exportWithoutEditsIsByteForByteTheJournal() {
        assertThat(run("export")).isZero();
        assertThat(outBytes).isEqualTo(original.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void infoNamesTheJournalTheNotebookWasImportedFrom() {
        assertThat(run("info")).isZero();
        assertThat(out).contains("Journal   " + journal.toAbsolutePath().normalize() + "\n");
    }

    @Test
    void exportToAFileWritesTheSameBytes() throws IOException {
        Path target = dir.resolve("back.md");
        assertThat(run("export", "-o", target.toString())).isZero();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(original);
    }

    @Test
    void listShowsIdsThatStayTheSameAcrossRuns() {
        run("list", "--year", "2022");
        String first = out;
        assertThat(first).contains("  #35          [ ] GatsbyJS  (maintain)")
                .contains("  #33        App Frameworks  0/7 done");
        run("list", "--year", "2022");
        assertThat(out).isEqualTo(first);
    }

    @Test
    void eachEditChangesOnlyItsLinesInTheExport() {
        assertThat(run("tick", "35")).isZero();
        assertThat(out).isEqualTo("Ticked \u201cGatsbyJS\u201d (#35)\n");
        assertThat(exportDiff()).containsExactly("-  - Maintain: GatsbyJS, React",
                "+  - Maintain: GatsbyJS \u2705 " + LocalDate.now() + ", React");

        assertThat(run("untick", "35")).isZero();
        assertThat(exportDiff()).isEmpty();

        assertThat(run("stance", "36", "explore")).isZero();
        assertThat(exportDiff()).containsExactly("-  - Maintain: GatsbyJS, React", "+  - Maintain: GatsbyJS",
                "-  - Explore: SvelteKit, Angular 2, [Remix](https://remix.run/)",
                "+  - Explore: SvelteKit, Angular 2, [Remix](https://remix.run/), React");
        assertThat(run("stance", "36", "maintain")).isZero();

        assertThat(run("rename", "43", "Remix v2")).isZero();
        assertThat(exportDiff()).containsExactly("-  - Explore: SvelteKit, Angular 2, [Remix](https://remix.run/)",
                "+  - Explore: SvelteKit, Angular 2, [Remix v2](https://remix.run/)");
        assertThat(run("rename", "43", "Remix")).isZero();

        assertThat(run("add", "32", "Learn WebAssembly")).isZero();
        assertThat(out).startsWith("Added \u201cLearn WebAssembly\u201d (#");
        String id = out.substring(out.indexOf("(#") + 2, out.indexOf(')'));
        assertThat(exportDiff()).containsExactly("+- Learn WebAssembly:");

        assertThat(run("delete", id)).as(err).isZero();
        assertThat(exportDiff()).isEmpty();
    }

    @Test
    void nonsenseArgumentsAreRefusedAndChangeNothing() {
        assertThat(run("tick", "9999")).isEqualTo(2);
        assertThat(err).isEqualTo("no node #9999 in this notebook; `goalbook list` shows the ids\n");
        assertThat(run("tick", "abc")).isEqualTo(2);
        assertThat(err).contains("\"abc\" is not a node id");
        assertThat(run("stance", "36", "sometimes")).isEqualTo(2);
        assertThat(err).contains("unknown stance \"sometimes\"");
        assertThat(run("stance", "7", "explore")).isEqualTo(2);
        assertThat(err).contains("Only skill items have a stance");
        assertThat(run("export", "--format", "pdf")).isEqualTo(1);
        assertThat(err).contains("unknown format \"pdf\"");
        assertThat(run("export", "--format", "json", "--year", "2022")).isEqualTo(1);
        assertThat(run("export")).isZero();
        assertThat(outBytes).isEqualTo(original.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMoveChangesOnlyTheLinesThatMoveInTheExport() {
        assertThat(run("move", "57", "--up")).as(err).isZero();
        assertThat(out).isEqualTo("Moved \u201cMaster Typescript and auto testing\u201d (#57) up\n");
        assertThat(exportDiff()).containsExactly("-- Master SPA and webworkers", "+- Master SPA and webworkers");
        assertThat(run("move", "57", "--down")).isZero();
        assertThat(exportDiff()).isEmpty();

        assertThat(run("move", "56", "--into", "58")).as(err).isZero();
        assertThat(out).isEqualTo("Moved \u201cMaster SPA and webworkers\u201d (#56) into \u201cBack End\u201d (#58)\n");
        assertThat(exportDiff()).containsExactly("-- Master SPA and webworkers", "+- Master SPA and webworkers");
        assertThat(run("list", "--year", "2022")).isZero();
        assertThat(out).contains("   #68        [ ] Create a reference NodeJS API with auto testing. Koa or NestJS\n"
                + "   #56        [ ] Master SPA and webworkers\n");

        assertThat(run("move", "36", "--out")).as(err).isZero();
        assertThat(out).isEqualTo("Moved \u201cReact\u201d (#36) out of \u201cApp Frameworks\u201d (#33)\n");
        assertThat(run("list", "--year", "2022")).isZero();
        assertThat(out).contains("[ ] React  (maintain)");
    }

    @Test
    void pasteAddsAMarkdownListFromAFileOrStandardInput() throws IOException {
        Path list = Files.writeString(dir.resolve("list.md"),
                "- Maintain: Qwik \u2705 2022-05-01, `htmx, alpine`\n- [x] Learn Deno\n  - read the manual\n",
                StandardCharsets.UTF_8);
        assertThat(run("paste", "33", list.toString())).as(err).isZero();
        assertThat(out).isEqualTo("Pasted 5 lines into \u201cApp Frameworks\u201d (#33)\n");
        assertThat(exportDiff()).containsExactly("+  - Maintain: Qwik \u2705 2022-05-01, `htmx, alpine`",
                "+  - [x] Learn Deno", "+    - read the manual");

        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("- Learn Zig\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("paste", "58", "-")).as(err).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(out).isEqualTo("Pasted 1 line into \u201cBack End\u201d (#58)\n");
        assertThat(exportDiff()).contains("+- Learn Zig");
    }

    @Test
    void movesAndPastesThatTheJournalCannotHoldAreRefusedAndChangeNothing() throws IOException {
        assertThat(run("move", "9999", "--up")).isEqualTo(2);
        assertThat(err).isEqualTo("no node #9999 in this notebook; `goalbook list` shows the ids\n");
        assertThat(run("move", "35", "--up")).isEqualTo(2);
        assertThat(err).isEqualTo("\"GatsbyJS\" stays with the other Maintain items; change its stance to move it to "
                + "another group.\n");
        assertThat(run("move", "7", "--into", "8")).isEqualTo(2);
        assertThat(err).isEqualTo("\"Work as a consultant and be able to offer the following services:\" cannot move "
                + "inside itself.\n");
        assertThat(run("move", "56", "--into", "1")).isEqualTo(2);
        assertThat(err).startsWith("Pages hold Markdown text;");
        assertThat(run("move", "56", "--into", "7")).isEqualTo(2);
        assertThat(err).isEqualTo("\"Master SPA and webworkers\" is a skill item and cannot go into \"Work as a "
                + "consultant and be able to offer the following services:\", which is a goal.\n");
        assertThat(run("move", "56", "--out")).isEqualTo(2);
        assertThat(err).startsWith("Under \"Tactical\" the list lines come before the first area");
        assertThat(run("move", "56")).isEqualTo(1);

        Path empty = Files.writeString(dir.resolve("empty.md"), "\n\n");
        Path binary = Files.write(dir.resolve("photo.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path list = Files.writeString(dir.resolve("list.md"), "- a\n");
        assertThat(run("paste", "33", empty.toString())).isEqualTo(2);
        assertThat(err).isEqualTo("There is nothing to paste: the text holds no lines.\n");
        assertThat(run("paste", "33", binary.toString())).isEqualTo(2);
        assertThat(err).contains("looks like a binary file");
        assertThat(run("paste", "33", dir.resolve("missing.md").toString())).isEqualTo(2);
        assertThat(err).contains("no such file");
        assertThat(run("paste", "1", list.toString())).isEqualTo(2);
        assertThat(err).isEqualTo("Paste a list into a year, a heading, an area, a topic or next to an item.\n");

        assertThat(run("export")).isZero();
        assertThat(outBytes).isEqualTo(original.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void importingTheSameYearsAgainIsRefusedUnlessReplacing() {
        assertThat(run("import", journal.toString())).isEqualTo(2);
        assertThat(err).startsWith("the notebook already has page").contains("and 24 more; nothing was imported");
        assertThat(run("tick", "35")).isZero();
        assertThat(run("import", journal.toString(), "--replace")).isZero();
        assertThat(run("export")).isZero();
        assertThat(out).isEqualTo(original);
    }

    @Test
    void badFilesAreRefusedAndTheNotebookIsUnchanged() throws IOException {
        Path binary = dir.resolve("photo.md");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path latin1 = dir.resolve("latin1.md");
        Files.write(latin1, new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});
        Path backup = dir.resolve("future.json");
        Files.writeString(backup, "{\"format\": \"goalbook-backup\", \"version\": 99, \"nodes\": []}");

        assertThat(run("import", binary.toString())).isEqualTo(2);
        assertThat(err).contains("looks like a binary file");
        assertThat(run("import", latin1.toString())).isEqualTo(2);
        assertThat(err).contains("is not valid UTF-8 at line 1, column 6");
        assertThat(run("import", dir.toString())).isEqualTo(2);
        assertThat(err).contains("is a folder");
        assertThat(run("import", dir.resolve("missing.md").toString())).isEqualTo(2);
        assertThat(err).contains("no such file");
        assertThat(run("import", backup.toString())).isEqualTo(2);
        assertThat(err).contains("future.json: ").contains("newer Goalbook");

        assertThat(run("export")).isZero();
        assertThat(out).isEqualTo(original);
    }

    @Test
    void aJsonBackupRestoresIntoAnEmptyNotebookExactly() {
        assertThat(run("tick", "35")).isZero();
        Path backup = dir.resolve("backup.json");
        assertThat(run("export", "--format", "json", "-o", backup.toString())).isZero();
        assertThat(run("export")).isZero();
        String before = out;

        notebook = dir.resolve("restored.goalbook");
        assertThat(run("import", backup.toString())).isZero();
        assertThat(run("export")).isZero();
        assertThat(out).isEqualTo(before);
        assertThat(run("list")).isZero();
        assertThat(out).contains("  #35          [x] GatsbyJS  (maintain)");
    }

    @Test
    void radarExportsTheLatestYearWithStances() {
        assertThat(run("export", "--format", "radar-csv")).isZero();
        assertThat(out).startsWith("name,ring,quadrant,isNew,description\r\n")
                .contains("GatsbyJS,Adopt,Front End,true,App Frameworks\r\n");
    }

    @Test
    void tasksInAPageAreListedAndTickedByPageAndNumber() throws IOException {
        String messy;
        try (var in = getClass().getResourceAsStream("/journals/messy-2024.md")) {
            messy = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        notebook = dir.resolve("messy.goalbook");
        Path file = Files.writeString(dir.resolve("messy.md"), messy, StandardCharsets.UTF_8);
        assertThat(run("import", file.toString())).isZero();
        assertThat(run("list")).isZero();
        assertThat(out).contains(" #28.1    [ ] a task in a page\n").contains(" #28.3    [x] numbered task\n");

        assertThat(run("tick", "28.1")).isZero();
        assertThat(out).isEqualTo("Ticked task 28.1 \u201ca task in a page\u201d\n");
        assertThat(run("tick", "28.9")).isEqualTo(2);
        assertThat(err).isEqualTo("the page has 3 tasks; there is no task 9\n");
        assertThat(run("tick", "27.1")).isEqualTo(2);
        assertThat(err).contains("#27 is not a page");
        assertThat(run("export")).isZero();
        assertThat(LineDiff.of(messy, out)).containsExactly("-- [ ] a task in a page", "+- [x] a task in a page");
    }

    private java.util.List<String> exportDiff() {
        assertThat(run("export")).isZero();
        return LineDiff.of(original, out);
    }

    private int run(String... args) {
        CliRun r = CliRun.on(notebook, args);
        outBytes = r.outBytes();
        out = r.out();
        err = r.err();
        return r.code();
    }
}
