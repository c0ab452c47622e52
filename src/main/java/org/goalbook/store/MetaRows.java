package org.goalbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.goalbook.model.NotebookMeta;

/** The {@code meta} table: the notebook's front matter and settings as key/value rows. */
final class MetaRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {
    };

    private MetaRows() {
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
                tags(values.get("tags")), values.get("front_matter"),
                "CRLF".equals(values.get("line_ending")) ? "\r\n" : "\n");
    }

    /** Replaces every key; the caller's transaction makes it all or nothing. */
    static void write(Connection connection, NotebookMeta meta) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", meta.title());
        values.put("date", meta.date());
        values.put("status", meta.status());
        values.put("author", meta.author());
        values.put("tags", json(meta.tags()));
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

    private static String json(List<String> tags) {
        try {
            return JSON.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    private static List<String> tags(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, TAGS);
        } catch (JsonProcessingException e) {
            throw new NotebookException("The notebook's tags are damaged: " + e.getOriginalMessage(), e);
        }
    }
}
