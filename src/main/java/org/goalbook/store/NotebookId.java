package org.goalbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * Who a notebook file is: a random id in the {@code meta} row {@value #KEY}, written when the notebook is made (or
 * first opened by a Goalbook that knows ids), with a count of write transactions in the same row. Every write
 * transaction bumps the count, so every write-ahead log Goalbook leaves holds the page with its notebook's id; that
 * is what lets {@link LeftoverLog} tell a log of another notebook from this one's. Value: {@code <uuid>/<writes>}.
 */
final class NotebookId {
    static final String KEY = "notebook_id";

    private NotebookId() {
    }

    /** The id, or empty for a notebook made before ids (or a file whose meta row is missing). */
    static Optional<String> read(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            statement.setString(1, KEY);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String value = rows.getString(1);
                int slash = value.indexOf('/');
                return Optional.of(slash < 0 ? value : value.substring(0, slash));
            }
        }
    }

    /** Gives the notebook an id if it has none; true when it was given one. In the caller's transaction, if any. */
    static boolean ensure(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")) {
            statement.setString(1, KEY);
            statement.setString(2, UUID.randomUUID() + "/0");
            return statement.executeUpdate() == 1;
        }
    }

    /** Makes {@code id} the notebook's id again (after a restore brought in a copy's meta rows), counting afresh. */
    static void set(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            statement.setString(1, KEY);
            statement.setString(2, id + "/0");
            statement.executeUpdate();
        }
    }

    /** Counts one more write; part of every write transaction, so its log always carries the id's page. */
    static void touch(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE meta SET value = substr(value, 1, instr(value, '/'))"
                    + " || (CAST(substr(value, instr(value, '/') + 1) AS INTEGER) + 1)"
                    + " WHERE key = '" + KEY + "' AND instr(value, '/') > 0");
        }
    }
}
