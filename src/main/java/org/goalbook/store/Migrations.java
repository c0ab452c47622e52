package org.goalbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a notebook's schema up to date: runs the versioned scripts in {@code db/} in order, each in one transaction
 * that also sets {@code PRAGMA user_version}, so a failed upgrade leaves the previous version intact.
 */
final class Migrations {
    /** "GBOK": set by V1 so that a Goalbook notebook can be told from any other SQLite file. */
    static final int APPLICATION_ID = 0x47424F4B;

    /** The scripts in order; script i (from 1) brings the schema to version i. Append, never edit a shipped one. */
    private static final List<String> SCRIPTS = List.of("V1__notebook.sql", "V2__inbox.sql");

    private Migrations() {
    }

    /** The schema version this Goalbook writes and the newest it can read. */
    static int latest() {
        return SCRIPTS.size();
    }

    static int userVersion(Connection connection) throws SQLException {
        return intPragma(connection, "user_version");
    }

    static int applicationId(Connection connection) throws SQLException {
        return intPragma(connection, "application_id");
    }

    /** Runs every script newer than the file's {@code user_version}. */
    static void upgrade(Connection connection) throws SQLException {
        for (int version = userVersion(connection) + 1; version <= latest(); version++) {
            String script = script(version);
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                try {
                    statement.executeUpdate(script);
                    statement.executeUpdate("PRAGMA user_version = " + version);
                    statement.execute("COMMIT");
                } catch (SQLException e) {
                    statement.execute("ROLLBACK");
                    throw e;
                }
            }
        }
    }

    static String script(int version) {
        String name = SCRIPTS.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream("db/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema script missing from the build: db/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
