package org.goalbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.goalbook.model.Notebook;
import org.goalbook.store.NotebookStore;
import org.goalbook.store.SampleNotebook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A search index damaged for real (its shadow tables changed with raw SQL, as a crash on a broken disk or a careless
 * tool would): every command says in words what is damaged and how to fix it, and {@code check --repair} rebuilds the
 * index from the notes without changing them.
 */
class SearchIndexRepairTest {
    @TempDir
    Path dir;
    private Path notebook;
    private Notebook before;
    private String out;
    private String err;

    @BeforeEach
    void createNotebook() {
        notebook = dir.resolve("n.goalbook");
        try (NotebookStore store = NotebookStore.open(notebook)) {
            store.replaceAll(SampleNotebook.notebook());
            before = store.notebook();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DROP TABLE node_text_config",
        "DELETE FROM node_text_data",
        "UPDATE node_text_data SET block = x'0102030405060708' WHERE id > 1",
        "DROP TABLE node_text_data"})
    void aBrokenIndexIsNamedAndRebuiltFromTheNotes(String damage) throws SQLException {
        raw(damage);

        assertThat(run("search", "react", "--notebook", notebook.toString())).isEqualTo(2);
        assertThat(err).contains("search index").contains("is damaged").contains("goalbook check --repair")
                .doesNotContain("\tat ");
        assertThat(err.lines().count()).isOne();

        assertThat(run("check", "--notebook", notebook.toString())).isEqualTo(2);
        assertThat(out).startsWith("the search index is damaged").contains("goalbook check --repair");

        assertThat(run("check", "--repair", "--notebook", notebook.toString())).as(err).isZero();
        assertThat(out).isEqualTo("rebuilt the search index from the notes" + System.lineSeparator()
                + "ok" + System.lineSeparator());

        assertThat(run("search", "react", "--notebook", notebook.toString())).as(err).isZero();
        assertThat(out).isEqualTo("    11  item        [React]" + System.lineSeparator());
        assertThat(notes()).isEqualTo(before.outline().preorder());
    }

    @Test
    void anIndexThatNoLongerMatchesTheNotesIsRebuilt() throws SQLException {
        // A row the notes do not have: FTS5 still opens, but its integrity check fails.
        raw("INSERT INTO node_text (rowid, name, notes) VALUES (999, 'Ghost', 'not in any note')");

        assertThat(run("check", "--notebook", notebook.toString())).isEqualTo(2);
        assertThat(out).startsWith("the search index is damaged");
        assertThat(run("check", "--repair", "--notebook", notebook.toString())).as(err).isZero();
        assertThat(run("search", "ghost", "--notebook", notebook.toString())).isZero();
        assertThat(out).isEqualTo("No matches for \"ghost\"." + System.lineSeparator());
        assertThat(notes()).isEqualTo(before.outline().preorder());
    }

    @Test
    void aVirtualTableThatIsGoneIsMadeAgain() throws SQLException {
        raw("PRAGMA writable_schema = ON; DELETE FROM sqlite_schema WHERE name = 'node_text'");

        assertThat(run("check", "--repair", "--notebook", notebook.toString())).as(err).isZero();
        assertThat(run("search", "react", "--notebook", notebook.toString())).as(err).isZero();
        assertThat(out).isEqualTo("    11  item        [React]" + System.lineSeparator());
        assertThat(notes()).isEqualTo(before.outline().preorder());
    }

    @Test
    void repairingAHealthyNotebookChangesNoNote() {
        assertThat(run("check", "--repair", "--notebook", notebook.toString())).isZero();
        assertThat(notes()).isEqualTo(before.outline().preorder());
    }

    private java.util.List<org.goalbook.model.Node> notes() {
        try (NotebookStore store = NotebookStore.open(notebook)) {
            return store.outline().preorder();
        }
    }

    private void raw(String sql) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + notebook);
             Statement statement = raw.createStatement()) {
            for (String one : sql.split(";")) {
                statement.execute(one);
            }
        }
    }

    private int run(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = GoalbookCli.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), path -> { });
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return code;
    }
}
