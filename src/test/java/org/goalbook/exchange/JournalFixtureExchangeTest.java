package org.goalbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.goalbook.markdown.JournalImporter;
import org.goalbook.model.Notebook;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Backup and radar on the user's real journal, as imported by the journal importer. */
class JournalFixtureExchangeTest {
    private static Notebook journal;

    @BeforeAll
    static void importJournal() {
        journal = JournalImporter.readFile(SharedFixtures.path("journal-2022.md"));
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
