package org.goalbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import org.goalbook.model.Change;
import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;
import org.goalbook.model.Notebook;
import org.goalbook.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox in SQLite: schema 2 from a schema-1 notebook, entries stored as given, triage undone exactly. */
class InboxStoreTest {
    @TempDir
    Path dir;

    private static InboxEntry entry(String title, String... urls) {
        return new InboxEntry(0, title, null, List.of(urls), "Why it matters.", "News", "DevOps Weekly",
                LocalDate.of(2020, 12, 1), false, InboxStatus.NEW, null);
    }

    @Test
    void aSchemaOneNotebookWrittenByTheOldScriptIsUpgradedAndKeepsEverything() throws Exception {
        Path file = dir.resolve("old.goalbook");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = raw.createStatement()) {
            s.executeUpdate(Migrations.script(1));
            s.executeUpdate("PRAGMA user_version = 1");
            s.executeUpdate("INSERT INTO meta (key, value) VALUES ('title', 'My journal')");
            s.executeUpdate("INSERT INTO node (id, parent_id, position, kind, name) VALUES (1, NULL, 0, 'YEAR', '2022')");
            s.executeUpdate("INSERT INTO node (id, parent_id, position, kind, name, link) VALUES "
                    + "(2, 1, 0, 'GOAL', '[Remix](https://remix.run/)', 'https://remix.run/')");
            s.executeUpdate("INSERT INTO resource (title, url, node_id) VALUES ('Docs', 'https://remix.run/docs', 2)");
        }

        try (NotebookStore store = NotebookStore.open(file)) {
            Notebook notebook = store.notebook();
            assertThat(store.schemaVersion()).isEqualTo(2);
            assertThat(notebook.meta().title()).isEqualTo("My journal");
            assertThat(notebook.outline().get(2).link()).isEqualTo("https://remix.run/");
            assertThat(notebook.resources()).extracting(Resource::url).containsExactly("https://remix.run/docs");
            assertThat(notebook.inbox()).isEmpty();
            assertThat(store.check()).isEmpty();

            List<InboxEntry> added = store.addToInbox(List.of(entry("Remix", "https://remix.run/blog")));
            assertThat(added.get(0).id()).isPositive();
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = raw.createStatement();
             ResultSet rows = s.executeQuery("SELECT title, url, status FROM inbox_entry")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3))
                    .isEqualTo("Remix https://remix.run/blog new");
        }
    }

    @Test
    void entriesComeBackFieldByField() {
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"))) {
            List<InboxEntry> added = store.addToInbox(List.of(
                    entry("Replicate", "https://replicate.ai/", "https://github.com/replicate/replicate"),
                    new InboxEntry(0, "Ad", "https://sthwk.com/kube-services", List.of("https://sthwk.com/kube-services"),
                            "", "", "", null, true, InboxStatus.NEW, null)));

            assertThat(store.inbox()).isEqualTo(added);
            assertThat(added.get(0).urls()).containsExactly("https://replicate.ai/",
                    "https://github.com/replicate/replicate");
            assertThat(added.get(0).url()).isEqualTo("https://replicate.ai/");
            assertThat(added.get(1).sponsor()).isTrue();
            assertThat(added.get(1).date()).isNull();
            assertThat(added).allSatisfy(e -> assertThat(e.clippedAt()).isNotNull());
        }
    }

    @Test
    void aTriageWithAResourceIsOneActionAndItsInverseUndoesBoth() {
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"))) {
            store.replaceAll(SampleNotebook.notebook());
            long id = store.addToInbox(List.of(entry("Okta docs", "https://developer.okta.com/"))).get(0).id();
            List<Resource> before = store.resources();

            List<Change> undo = store.apply(List.of(
                    new Change.PutResource(new Resource(0, "Okta docs", "https://developer.okta.com/", "Why.",
                            "DevOps Weekly", SampleNotebook.OKTA)),
                    new Change.SetStatus(id, InboxStatus.ATTACHED)));

            assertThat(store.inbox().get(0).status()).isEqualTo(InboxStatus.ATTACHED);
            assertThat(store.resources()).hasSize(before.size() + 1);
            assertThat(store.resources().get(before.size()).nodeId()).isEqualTo(SampleNotebook.OKTA);

            List<Change> redo = store.apply(undo);

            assertThat(store.inbox().get(0).status()).isEqualTo(InboxStatus.NEW);
            assertThat(store.resources()).isEqualTo(before);

            store.apply(redo);
            assertThat(store.inbox().get(0).status()).isEqualTo(InboxStatus.ATTACHED);
            assertThat(store.resources()).hasSize(before.size() + 1);
        }
    }

    @Test
    void replacingTheNotebookReplacesItsInboxToo() {
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"))) {
            store.addToInbox(List.of(entry("Old", "https://old.example/")));
            InboxEntry restored = entry("Restored", "https://new.example/").withId(7)
                    .withStatus(InboxStatus.LATER).withClippedAt(java.time.Instant.parse("2020-12-01T10:00:00Z"));

            store.replaceAll(new Notebook(SampleNotebook.notebook().meta(), SampleNotebook.notebook().outline(),
                    List.of(), List.of(restored)));

            assertThat(store.inbox()).containsExactly(restored);
        }
    }
}
