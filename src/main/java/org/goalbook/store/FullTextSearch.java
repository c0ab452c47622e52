package org.goalbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goalbook.model.NodeKind;
import org.goalbook.model.SearchHit;

/**
 * Full-text search over node names and notes with SQLite FTS5. The user's text is never handed to FTS5 as query
 * syntax: every word becomes a quoted prefix term, so quotes, {@code AND}, {@code NEAR}, {@code *} or {@code -} in
 * it are just text.
 */
final class FullTextSearch {
    /** A match in the name counts for more than one in the notes: "React" should find the React item first. */
    private static final String QUERY = "SELECT node.id, node.kind, node.name,"
            + " snippet(node_text, -1, '[', ']', '…', 12), CASE WHEN node.kind = 'PAGE' THEN node.notes END"
            + " FROM node_text JOIN node ON node.id = node_text.rowid"
            + " WHERE node_text MATCH ? AND node.kind <> 'STANCE_LINE'"
            + " ORDER BY bm25(node_text, 4.0, 1.0), node.id LIMIT ?";

    /** The index's definitions in the first schema script: the virtual table and the triggers that keep it current. */
    private static final Pattern DEFINITIONS = Pattern.compile(
            "(?ms)^CREATE VIRTUAL TABLE node_text\\b.*?\\);$|^CREATE TRIGGER (node_text_\\w+)\\b.*?^END;$");
    private static final Pattern TOKENIZER = Pattern.compile("tokenize = '[^']*'");
    /** FTS5's own tables behind {@code node_text} (content lives in {@code node}, so there is no content table). */
    private static final List<String> SHADOW_TABLES = List.of("node_text_data", "node_text_idx", "node_text_docsize",
            "node_text_config");
    /** What the user is told to do about a damaged index; one home for the words. */
    static final String HOW_TO_REPAIR = "goalbook check --repair rebuilds it from the notes, which are unharmed";

    private FullTextSearch() {
    }

    /** Whether SQLite's error comes from the search index rather than from the notes themselves. */
    static boolean isIndexDamage(SQLException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("node_text") || message.contains("fts5");
    }

    /**
     * Rebuilds the index from the node rows, which it only reads. When FTS5 cannot even load the index (its shadow
     * tables are gone or garbled), the virtual table and its triggers are made again from the schema's definitions.
     * Runs inside the caller's transaction.
     */
    static void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try {
                statement.executeUpdate("SAVEPOINT rebuild_index");
                statement.executeUpdate("INSERT INTO node_text (node_text) VALUES ('rebuild')");
                statement.executeUpdate("RELEASE rebuild_index");
                return;
            } catch (SQLException e) {
                statement.executeUpdate("ROLLBACK TO rebuild_index");
                statement.executeUpdate("RELEASE rebuild_index");
            }
            // DROP TABLE would ask FTS5 to load the broken index first, so the table's entry is removed directly.
            statement.execute("PRAGMA writable_schema = ON");
            try {
                statement.executeUpdate("DELETE FROM sqlite_schema WHERE type = 'table' AND name = 'node_text'");
            } finally {
                statement.execute("PRAGMA writable_schema = RESET");
            }
            for (String table : SHADOW_TABLES) {
                statement.executeUpdate("DROP TABLE IF EXISTS " + table);
            }
            Matcher definitions = DEFINITIONS.matcher(Migrations.script(1));
            while (definitions.find()) {
                if (definitions.group(1) != null) {
                    statement.executeUpdate("DROP TRIGGER IF EXISTS " + definitions.group(1));
                }
                statement.executeUpdate(definitions.group());
            }
            statement.executeUpdate("INSERT INTO node_text (node_text) VALUES ('rebuild')");
        }
    }

    static List<SearchHit> search(Connection connection, String text, int limit,
            Function<String, List<String>> tasksOfPage) throws SQLException {
        Optional<String> match = matchExpression(text);
        if (match.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<SearchHit> nodeHits = new ArrayList<>();
        Map<Long, String> pages = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setString(1, match.get());
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    NodeKind kind = NodeKind.valueOf(rows.getString(2));
                    nodeHits.add(new SearchHit(rows.getLong(1), kind, rows.getString(3), oneLine(rows.getString(4))));
                    if (kind == NodeKind.PAGE) {
                        pages.put(rows.getLong(1), rows.getString(5));
                    }
                }
            }
        }
        Map<Long, List<SearchHit>> tasks = pages.isEmpty() ? Map.of()
                : taskHits(connection, match.get(), pages, tasksOfPage);
        List<SearchHit> hits = new ArrayList<>();
        for (SearchHit hit : nodeHits) {
            hits.add(hit);
            hits.addAll(tasks.getOrDefault(hit.nodeId(), List.of()));
        }
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    /**
     * The task items of the pages found whose own line holds every word: matched by FTS5 itself, in a temporary index
     * with the notebook's tokenizer, so a task is found exactly when it would be as a node of its own.
     */
    private static Map<Long, List<SearchHit>> taskHits(Connection connection, String match, Map<Long, String> pages,
            Function<String, List<String>> tasksOfPage) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE VIRTUAL TABLE IF NOT EXISTS temp.page_task_text USING fts5 ("
                    + "text, page UNINDEXED, number UNINDEXED, " + tokenizer() + ")");
            statement.executeUpdate("DELETE FROM temp.page_task_text");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO temp.page_task_text (text, page, number) VALUES (?, ?, ?)")) {
                for (Map.Entry<Long, String> page : pages.entrySet()) {
                    List<String> texts = tasksOfPage.apply(page.getValue() == null ? "" : page.getValue());
                    for (int i = 0; i < texts.size(); i++) {
                        insert.setString(1, texts.get(i));
                        insert.setLong(2, page.getKey());
                        insert.setInt(3, i + 1);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            Map<Long, List<SearchHit>> hits = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT page, number, text,"
                    + " snippet(page_task_text, 0, '[', ']', '…', 12) FROM temp.page_task_text"
                    + " WHERE page_task_text MATCH ? ORDER BY page, number")) {
                query.setString(1, match);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        hits.computeIfAbsent(rows.getLong(1), p -> new ArrayList<>()).add(new SearchHit(rows.getLong(1),
                                NodeKind.PAGE, rows.getString(3), oneLine(rows.getString(4)), rows.getInt(2)));
                    }
                }
            }
            // The temporary index holds copies of the pages' text only for the length of one search.
            statement.executeUpdate("DELETE FROM temp.page_task_text");
            return hits;
        }
    }

    /** The tokenizer clause of the notebook's own index, as the first schema script defines it. */
    private static String tokenizer() {
        Matcher tokenize = TOKENIZER.matcher(Migrations.script(1));
        if (!tokenize.find()) {
            throw new IllegalStateException("the schema script defines no tokenizer for node_text");
        }
        return tokenize.group();
    }

    /** Notes span lines; a hit is shown on one. */
    private static String oneLine(String snippet) {
        return snippet.replaceAll("\\s+", " ").strip();
    }

    /**
     * The FTS5 query for what the user typed: each word a quoted phrase with a prefix star, all of them required.
     * Empty when the text has no word FTS5 would index (only spaces or punctuation).
     */
    static Optional<String> matchExpression(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringJoiner terms = new StringJoiner(" ");
        boolean any = false;
        for (String word : text.strip().split("\\s+")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                terms.add('"' + word.replace("\"", "\"\"") + "\"*");
                any = true;
            }
        }
        return any ? Optional.of(terms.toString()) : Optional.empty();
    }
}
