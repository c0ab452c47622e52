package org.goalbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.markdown.JournalImporter;
import org.goalbook.model.Notebook;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real journals through the real importer into the store and back out: the store keeps every byte the exporter
 * needs, and {@code check()} accepts every shape the importer makes.
 */
class ImportedJournalStoreTest {
    @TempDir
    Path dir;

    @Test
    void theUsersJournalSurvivesTheStoreByteForByte() {
        assertStoredAndExportedUnchanged(SharedFixtures.journal());
    }

    @ParameterizedTest
    @ValueSource(strings = {"crlf-no-final-newline.md", "cyrillic-and-tabs.md", "messy-2024.md",
            "stances-as-headings.md", "lists-under-tactical.md"})
    void messyJournalsSurviveTheStoreByteForByte(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/journals/" + name)) {
            assertStoredAndExportedUnchanged(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void assertStoredAndExportedUnchanged(String journal) {
        Notebook imported = JournalImporter.read(journal);
        Path file = dir.resolve("journal.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(imported);
        }
        try (NotebookStore store = NotebookStore.open(file)) {
            Notebook stored = store.notebook();
            assertEquals(imported.outline().preorder(), stored.outline().preorder());
            assertEquals(imported.meta(), stored.meta());
            assertEquals(List.of(), store.check());
            assertEquals(journal, JournalExporter.write(stored));
        }
    }
}
