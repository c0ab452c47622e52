package org.goalbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

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
            + " snippet(node_text, -1, '[', ']', '…', 12)"
            + " FROM node_text JOIN node ON node.id = node_text.rowid"
            + " WHERE node_text MATCH ? AND node.kind <> 'STANCE_LINE'"
            + " ORDER BY bm25(node_text, 4.0, 1.0), node.id LIMIT ?";

    private FullTextSearch() {
    }

    static List<SearchHit> search(Connection connection, String text, int limit) throws SQLException {
        Optional<String> match = matchExpression(text);
        if (match.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setString(1, match.get());
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    // Notes span lines; a hit is shown on one.
                    String snippet = rows.getString(4).replaceAll("\\s+", " ").strip();
                    hits.add(new SearchHit(rows.getLong(1), NodeKind.valueOf(rows.getString(2)), rows.getString(3),
                            snippet));
                }
            }
        }
        return hits;
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
