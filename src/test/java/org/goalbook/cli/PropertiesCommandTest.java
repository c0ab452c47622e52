package org.goalbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code goalbook properties}, {@code properties set} and {@code search} on the user's journal's front matter. */
class PropertiesCommandTest {
    @TempDir
    Path dir;
    private Path notebook;
    private String journal;

    @BeforeEach
    void importTheJournal() {
        journal = SharedFixtures.journal();
        notebook = dir.resolve("j.goalbook");
        assertEquals(0, goalbook("import", SharedFixtures.path("journal-2022.md").toString()).code());
    }

    private CliRun goalbook(String... args) {
        return CliRun.on(notebook, args);
    }

    @Test
    void printsTheFrontMatterAndWhereTheOpeningIs() {
        CliRun run = goalbook("properties");
        assertEquals(0, run.code(), run.err());
        assertThat(run.out()).startsWith("""
                title: Journal: Ending 2022-01-21
                author: EdPike365
                status: draft
                date: 2022-01-21T22:12:03.284Z
                tags: edpike365, DevOps, Full Stack, SRE, SynBio
                opening: the text before the first heading, `goalbook notes 1`""");
        assertThat(goalbook("list").out()).doesNotContain("page: Log | Articles");
    }

    @Test
    void setChangesOneLineOfTheExportAndBadInputChangesNothing() throws Exception {
        assertEquals(0, goalbook("properties", "set", "status", "published").code());
        assertEquals(journal.replace("status: draft\n", "status: published\n"), goalbook("export").out());

        CliRun refused = goalbook("properties", "set", "colour", "red");
        assertEquals(2, refused.code());
        assertThat(refused.err()).contains("\"colour\" is not a notebook property");
        assertEquals(journal.replace("status: draft\n", "status: published\n"), goalbook("export").out());
        assertThat(Files.exists(notebook)).isTrue();
    }

    @Test
    void searchFindsATag() {
        CliRun run = goalbook("search", "SynBio");
        assertEquals(0, run.code(), run.err());
        assertThat(run.out()).startsWith("     -  properties  tags: edpike365, DevOps, Full Stack, SRE, [SynBio]\n");
    }
}
