package org.goalbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Outline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookStoreTest {
    @TempDir
    Path dir;

    @Test
    void aNewNotebookIsCreatedEmptyAtTheLatestSchema() throws SQLException {
        Path file = dir.resolve("sub/folder/new.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals(0, store.outline().size());
            assertEquals(NotebookMeta.empty(), store.meta());
            assertEquals(file.toAbsolutePath(), store.path());
        }
        assertEquals(List.of(".lock"), leftovers(file), "only the notebook and its lock file are left in the folder");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rows = raw.createStatement().executeQuery("PRAGMA application_id")) {
            rows.next();
            assertEquals(0x47424F4B, rows.getInt(1));
        }
    }

    @Test
    void everyFieldOfEveryEntityIsReadBackAsSaved() {
        Path file = dir.resolve("journal.goalbook");
        Notebook saved = SampleNotebook.notebook();
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(saved);
        }
        try (NotebookStore store = NotebookStore.open(file)) {
            Notebook read = store.notebook();
            assertEquals(saved.meta(), read.meta());
            assertEquals(saved.outline().preorder(), read.outline().preorder());
            assertEquals(saved.resources(), read.resources());
            assertEquals(saved.outline().get(SampleNotebook.REACT), store.find(SampleNotebook.REACT).orElseThrow());
            assertTrue(store.find(999).isEmpty());
            assertEquals(List.of(), store.check());
        }
    }

    @Test
    void replaceAllReplacesEverythingThatWasThere() {
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"))) {
            store.replaceAll(SampleNotebook.notebook());
            Node only = SampleNotebook.node(1, 0, 0, NodeKind.PAGE, "Only page").withNotes("text");
            NotebookMeta meta = new NotebookMeta("Other", "", "", "", List.of("x"), "", "\n");
            store.replaceAll(new Notebook(meta, new Outline(List.of(only)), List.of()));

            assertEquals(List.of(only), store.outline().preorder());
            assertEquals(meta, store.meta());
            assertEquals(List.of(), store.resources());
            assertEquals(List.of(), store.search("kubernetes", 10), "the old page's text is gone from search too");
        }
    }

    @Test
    void aReplaceThatFailsLeavesTheOldNotebook() {
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"))) {
            store.replaceAll(SampleNotebook.notebook());
            // A resource attached to a node that does not exist breaks the foreign key half way through.
            Notebook broken = new Notebook(NotebookMeta.empty(), new Outline(List.of()),
                    List.of(new org.goalbook.model.Resource(0, "t", "u", "", "", 42)));
            assertThrows(NotebookException.class, () -> store.replaceAll(broken));
            assertEquals(SampleNotebook.outline().preorder(), store.outline().preorder());
            assertEquals(SampleNotebook.notebook().meta(), store.meta());
        }
    }

    @Test
    void nodesThatCannotBeReachedAreNotSilentlyDropped() {
        Node lost = SampleNotebook.node(5, 4, 0, NodeKind.ITEM, "Parent 4 is missing");
        Notebook notebook = new Notebook(NotebookMeta.empty(), new Outline(List.of(lost)), List.of());
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"))) {
            assertThrows(IllegalArgumentException.class, () -> store.replaceAll(notebook));
            assertEquals(0, store.outline().size());
        }
    }

    @Test
    void theNotebookIsKeptInWriteAheadLogMode() throws SQLException {
        Path file = dir.resolve("n.goalbook");
        NotebookStore.open(file).close();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rows = raw.createStatement().executeQuery("PRAGMA journal_mode")) {
            rows.next();
            assertEquals("wal", rows.getString(1), "see docs/decisions/storage-durability.md");
        }
    }

    @Test
    void whileOpenNoOtherSqliteConnectionReachesTheFileAndThereIsNoSharedMemoryFile() {
        Path file = dir.resolve("n.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            org.sqlite.SQLiteConfig impatient = new org.sqlite.SQLiteConfig();
            impatient.setBusyTimeout(0);
            SQLException e = assertThrows(SQLException.class, () -> {
                try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file, impatient.toProperties())) {
                    raw.createStatement().executeQuery("SELECT count(*) FROM node").close();
                }
            });
            assertTrue(e.getMessage().startsWith("[SQLITE_BUSY]"), e.getMessage());
            assertFalse(Files.exists(dir.resolve("n.goalbook-shm")), "see docs/decisions/single-writer-lock.md");
        }
    }

    @Test
    void metadataIsSavedOnItsOwn() {
        Path file = dir.resolve("n.goalbook");
        NotebookMeta meta = new NotebookMeta("Plan", "2024-01-01", "final", "Me", List.of("a, b", "line\nbreak"),
                "---\ntitle: Plan\n---\n", "\n");
        try (NotebookStore store = NotebookStore.open(file)) {
            store.setMeta(meta);
        }
        try (NotebookStore store = NotebookStore.open(file)) {
            assertEquals(meta, store.meta());
        }
    }

    @Test
    void tagsAreStoredAsAJsonArrayAndDamageIsNamed() throws SQLException {
        Path file = dir.resolve("n.goalbook");
        NotebookMeta meta = new NotebookMeta("Plan", "", "", "", List.of("café", "a \"quoted\" tag", "tab\there"), "",
                "\n");
        try (NotebookStore store = NotebookStore.open(file)) {
            store.setMeta(meta);
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rows = raw.createStatement().executeQuery("SELECT value FROM meta WHERE key = 'tags'")) {
            rows.next();
            assertEquals("[\"café\",\"a \\\"quoted\\\" tag\",\"tab\\there\"]", rows.getString(1));
            raw.createStatement().executeUpdate("UPDATE meta SET value = '[\"a\", ' WHERE key = 'tags'");
        }
        try (NotebookStore store = NotebookStore.open(file)) {
            NotebookException e = assertThrows(NotebookException.class, store::meta);
            assertEquals("The notebook's tags are damaged: [\"a\",  is not JSON", e.getMessage());
        }
    }

    @Test
    void aHardLinkToANotebookOpenHereIsRefusedAndTheOpenOneKeepsWorking() throws IOException {
        Path file = dir.resolve("n.goalbook");
        Path alias = dir.resolve("alias.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            Files.createLink(alias, file);
            NotebookException e = assertThrows(NotebookException.class, () -> NotebookStore.open(alias));
            assertEquals(alias + " is already open in this Goalbook; close it there first", e.getMessage());
            store.replaceAll(SampleNotebook.notebook());
        }
        try (NotebookStore store = NotebookStore.open(alias)) {
            assertEquals(SampleNotebook.outline().preorder(), store.outline().preorder());
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"));
        store.close();
        store.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, store::outline);
        assertTrue(e.getMessage().contains("n.goalbook is closed"), e.getMessage());
    }

    @Test
    void anOlderSchemaIsUpgradedInPlace() throws SQLException {
        // Version 0 with our mark: what a notebook looks like before its first migration ran.
        Path file = dir.resolve("old.goalbook");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            raw.createStatement().executeUpdate("PRAGMA application_id = " + Migrations.APPLICATION_ID);
        }
        try (NotebookStore store = NotebookStore.open(file)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            store.replaceAll(SampleNotebook.notebook());
            assertFalse(store.outline().roots().isEmpty());
        }
    }

    private List<String> leftovers(Path file) {
        List<String> names = new ArrayList<>();
        try (var files = Files.list(file.getParent())) {
            files.map(p -> p.getFileName().toString()).sorted().forEach(name -> {
                if (!name.equals(file.getFileName().toString())) {
                    names.add(name.substring(file.getFileName().toString().length()));
                }
            });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }
}
