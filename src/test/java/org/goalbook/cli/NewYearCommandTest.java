package org.goalbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code goalbook new-year}: the dialog's choices on the command line, on the three-year journal. */
class NewYearCommandTest {
    @TempDir
    Path dir;
    private Path notebook;

    @BeforeEach
    void importThreeYears() throws IOException {
        Path journal = dir.resolve("three-years.md");
        try (InputStream in = getClass().getResourceAsStream("/journals/three-years.md")) {
            Files.write(journal, in.readAllBytes());
        }
        notebook = dir.resolve("n.goalbook");
        assertThat(run("import", journal.toString()).code()).isZero();
    }

    @Test
    void carriesTheUnfinishedWorkLeavingOneItemAndMovingAnotherARing() {
        String before = run("export").out();
        CliRun run = run("new-year", "2025", "--leave", id("2024", "Rust"), "--move",
                id("2024", "Qwik") + "=improve", "--empty-notes");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Added 2025: 12 goals and items carried over, unticked, notes empty, "
                + "1 stance moved.\n");

        String year = run("export", "--year", "2025").out();
        assertThat(year).contains("  - Maintain: React, [Next.js 15](https://nextjs.org)\n",
                "  - Improve: Qwik\n", "  - Explore: Solid\n", "  - Explore: Zig\n", "- Read \"Accelerate\"\n");
        assertThat(year).doesNotContain("Rust", "SvelteKit", "Kotlin", "Team Topologies", "\u2705", "[x]");
        assertThat(run("export").out().replace(year, "")).as("the other years are as they were")
                .isEqualTo(before);
    }

    @Test
    void aYearThatExistsOrAnItemOfAnotherYearIsRefusedAndNothingChanges() {
        String before = run("export").out();
        CliRun taken = run("new-year", "2024");
        assertThat(taken.code()).isEqualTo(2);
        assertThat(taken.err()).isEqualTo("The notebook already has a year 2024.\n");
        CliRun other = run("new-year", "2025", "--leave", id("2022", "Scala"));
        assertThat(other.code()).isEqualTo(2);
        assertThat(other.err()).startsWith("\u201cScala\u201d (#").endsWith(" is not a goal or item of 2024\n");
        CliRun stance = run("new-year", "2025", "--move", id("2024", "Zig") + "=none");
        assertThat(stance.code()).isEqualTo(2);
        assertThat(run("export").out()).isEqualTo(before);
    }

    @Test
    void emptyGivesTheTwoHeadingsOnly() {
        assertThat(run("new-year", "2026", "--empty").out()).isEqualTo("Added 2026, empty.\n");
        assertThat(run("export", "--year", "2026").out()).doesNotContain("- ");
    }

    private CliRun run(String... args) {
        return CliRun.on(notebook, args);
    }

    /** The id `goalbook list --year` shows for an item named {@code name}. */
    private String id(String year, String name) {
        String line = run("list", "--year", year).out().lines()
                .filter(l -> l.contains("] " + name + "  ("))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not listed"));
        return line.strip().substring(1, line.strip().indexOf(' '));
    }
}
