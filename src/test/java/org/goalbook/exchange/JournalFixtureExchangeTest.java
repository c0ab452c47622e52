package org.goalbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.goalbook.markdown.JournalImporter;
import org.goalbook.model.Notebook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Backup and radar on the user's real journal, as imported by the journal importer. */
class JournalFixtureExchangeTest {
    private static Notebook journal;

    @BeforeAll
    static void importJournal() {
        String shared = System.getProperty("goalbook.shared.dir");
        Assumptions.assumeTrue(shared != null, "goalbook.shared.dir is not set");
        Path file = Path.of(shared, "fixtures", "journal-2022.md");
        Assumptions.assumeTrue(Files.isRegularFile(file), "no shared journal fixture at " + file);
        try {
            journal = JournalImporter.readFile(file);
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("the journal importer is not merged into this branch yet");
        }
    }

    @Test
    void theImportedJournalSurvivesABackupUnchanged() {
        Notebook back = JsonBackup.read(JsonBackup.write(journal));
        JsonBackupTest.assertSameNotebook(journal, back);
    }

    @Test
    void the2022RadarShowsTheFrontEndStances() {
        List<List<String>> rows = CsvReader.read(RadarExport.csv(journal, 2022));
        Map<String, List<String>> byName = new LinkedHashMap<>();
        rows.subList(1, rows.size()).forEach(r -> byName.put(r.get(0), r));
        assertEquals(List.of("Adopt", "Front End", "true"), byName.get("GatsbyJS").subList(1, 4));
        assertEquals("Adopt", byName.get("React").get(1));
        assertEquals("Trial", byName.get("Redux").get(1));
        assertEquals("Assess", byName.get("SvelteKit").get(1));
        assertEquals("Hold", byName.get("Flutter").get(1));
        assertEquals("App Frameworks", byName.get("Remix").get(4));
        assertTrue(RadarExport.json(journal, 2022).contains("\"link\": \"https://remix.run/\""));
    }
}
