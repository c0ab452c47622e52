package org.goalbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.goalbook.model.NotebookMeta;

/**
 * The {@code meta} table: the notebook's front matter and settings as key/value rows. Tags are a JSON array of
 * strings, written and read by SQLite's own JSON functions, so that JSON (Jackson) stays in {@code exchange}.
 */
final class MetaRows {
    /** Settings under keys starting so stay when the notebook's contents are replaced (an import). */
    static final String KEPT_ON_REPLACE = "linked_";

    private MetaRows() {
    }

    static String setting(Connection connection, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    static void putSetting(Connection connection, String key, String value) throws SQLException {
        String sql = value == null ? "DELETE FROM meta WHERE key = ?"
                : "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            if (value != null) {
                statement.setString(2, value);
            }
            statement.executeUpdate();
        }
    }

    static NotebookMeta read(Connection connection) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT key, value FROM meta")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getString(2));
            }
        }
        return new NotebookMeta(values.get("title"), values.get("date"), values.get("status"), values.get("author"),
                tags(connection, values.get("tags")), values.get("front_matter"),
                "CRLF".equals(values.get("line_ending")) ? "\r\n" : "\n");
    }

    /** Replaces every key; the caller's transaction makes it all or nothing. */
    static void write(Connection connection, NotebookMeta meta) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", meta.title());
        values.put("date", meta.date());
        values.put("status", meta.status());
        values.put("author", meta.author());
        values.put("tags", json(connection, meta.tags()));
        values.put("front_matter", meta.frontMatter());
        // Named, not raw: a bare "\r\n" is invisible to anyone looking at the file with the sqlite3 shell.
        values.put("line_ending", "\r\n".equals(meta.lineEnding()) ? "CRLF" : "LF");
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            for (Map.Entry<String, String> entry : values.entrySet()) {
                statement.setString(1, entry.getKey());
                statement.setString(2, entry.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static String json(Connection connection, List<String> tags) throws SQLException {
        String sql = "SELECT json_array(" + String.join(", ", Collections.nCopies(tags.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < tags.size(); i++) {
                statement.setString(i + 1, tags.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static List<String> tags(Connection connection, String json) throws SQLException {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT value, type FROM json_each(?) ORDER BY key")) {
            statement.setString(1, json);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (!json.strip().startsWith("[") || !"text".equals(rows.getString(2))) {
                        throw new NotebookException("The notebook's tags are damaged: " + json + " is not a list of "
                                + "words");
                    }
                    tags.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("malformed JSON")) {
                throw new NotebookException("The notebook's tags are damaged: " + json + " is not JSON", e);
            }
            throw e;
        }
        return List.copyOf(tags);
    }
}
