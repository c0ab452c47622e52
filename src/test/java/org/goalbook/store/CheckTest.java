package org.goalbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check()} finds damage planted with raw SQL, behind the store's back, and names the node. */
class CheckTest {
    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void create() {
        file = dir.resolve("n.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(SampleNotebook.notebook());
            assertEquals(List.of(), store.check());
        }
    }

    @Test
    void aGapInSiblingPositions() throws SQLException {
        raw("UPDATE node SET position = 3 WHERE id = " + SampleNotebook.REACT);
        assertEquals(List.of("the children of node 9 \"Maintain\" are numbered [0, 3] instead of 0 to 1"), check());
    }

    @Test
    void twoSiblingsInOnePlace() throws SQLException {
        raw("UPDATE node SET position = 0 WHERE id = " + SampleNotebook.YEAR_2023);
        assertEquals(List.of("the top-level pages and years are numbered [0, 0, 1] instead of 0 to 2"), check());
    }

    @Test
    void aNodeUnderAParentOfTheWrongKind() throws SQLException {
        raw("UPDATE node SET parent_id = " + SampleNotebook.YEAR + ", position = 2 WHERE id = "
                + SampleNotebook.FRONT_END);
        raw("UPDATE node SET position = 0 WHERE id = " + SampleNotebook.GOLANG);
        assertEquals(List.of("node 7 \"Front End\" (area) stands under node 2 \"2022\" (year); an area belongs "
                + "under a tactical"), check());
    }

    @Test
    void aGoalUnderAnArea() throws SQLException {
        raw("UPDATE node SET parent_id = " + SampleNotebook.FRONT_END + ", position = 3 WHERE id = "
                + SampleNotebook.GOLANG);
        assertEquals(List.of("node 18 \"Master GoLang\" (goal) stands under node 7 \"Front End\" (area); a goal "
                + "belongs under a year, strategic or goal"), check());
    }

    @Test
    void aGoalAtTheTopLevel() throws SQLException {
        raw("UPDATE node SET parent_id = NULL, position = 3 WHERE id = " + SampleNotebook.GOLANG);
        assertEquals(List.of("node 18 \"Master GoLang\" (goal) stands at the top level, where only pages and years "
                + "stand"), check());
    }

    @Test
    void anInlineItemOutsideAStanceLineOrTopic() throws SQLException {
        raw("UPDATE node SET inline = 1 WHERE id = " + SampleNotebook.MASTER_SPA);
        assertEquals(List.of("node 16 \"Master SPA and webworkers\" is written inline, but only a stance line or a "
                + "topic holds inline items"), check());
    }

    @Test
    void aListLineUnderTacticalAfterAnArea() throws SQLException {
        raw("UPDATE node SET parent_id = " + SampleNotebook.TACTICAL + ", position = 1 WHERE id = "
                + SampleNotebook.MASTER_SPA);
        assertEquals(List.of("node 16 \"Master SPA and webworkers\" stands under node 6 \"Tactical\" after an area; "
                + "the journal would read it as part of that area"), check());
        raw("UPDATE node SET position = 0 WHERE id = " + SampleNotebook.MASTER_SPA);
        raw("UPDATE node SET position = 1 WHERE id = " + SampleNotebook.FRONT_END);
        assertEquals(List.of(), check(), "before the first area, an item under Tactical is what the journal writes");
    }

    @Test
    void parentsThatFormALoop() throws SQLException {
        raw("UPDATE node SET parent_id = " + SampleNotebook.OKTA + ", position = 0 WHERE id = " + SampleNotebook.SSO);
        raw("UPDATE node SET position = 1 WHERE id = " + SampleNotebook.MASTER_SPA);
        List<String> problems = check();
        assertEquals(List.of(
                "node 14 \"SSO\" (topic) stands under node 15 \"Okta\" (item); a topic belongs under a tactical or area",
                "node 14 \"SSO\" cannot be reached from the top level: its parents form a loop",
                "node 15 \"Okta\" cannot be reached from the top level: its parents form a loop"), problems);
    }

    @Test
    void aSearchIndexOutOfStepWithTheNotes() throws SQLException {
        // Drop React from the index without touching the node: search would silently miss it.
        raw("INSERT INTO node_text (node_text, rowid, name, notes) SELECT 'delete', id, name, notes FROM node WHERE id = "
                + SampleNotebook.REACT);
        List<String> problems = check();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).startsWith("the search index is damaged"), problems.get(0));
    }

    @Test
    void aBrokenForeignKey() throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF"); // as an old tool or a careless script would
            statement.executeUpdate("UPDATE resource SET node_id = 777 WHERE id = 1");
        }
        assertEquals(List.of("resource row 1 refers to a missing node row"), check());
    }

    private void raw(String sql) throws SQLException {
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = raw.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private List<String> check() {
        try (NotebookStore store = NotebookStore.open(file)) {
            return store.check();
        }
    }
}
