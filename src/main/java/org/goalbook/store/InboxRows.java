package org.goalbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;

/** The {@code inbox_entry} table: one row per clipped link, every field kept. */
final class InboxRows {
    private static final String COLUMNS = "id, title, url, urls, summary, section, source, date, sponsor, status, "
            + "clipped_at";

    private InboxRows() {
    }

    /** Every entry, oldest first. */
    static List<InboxEntry> all(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM inbox_entry ORDER BY id")) {
            return read(statement);
        }
    }

    static Optional<InboxEntry> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM inbox_entry WHERE id = ?")) {
            statement.setLong(1, id);
            return read(statement).stream().findFirst();
        }
    }

    /** Stores the entries, keeping positive ids and giving the others new ones; returns them as stored. */
    static List<InboxEntry> insert(Connection connection, List<InboxEntry> entries, Instant now) throws SQLException {
        List<InboxEntry> stored = new ArrayList<>(entries.size());
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO inbox_entry (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            for (InboxEntry e : entries) {
                InboxEntry entry = e.clippedAt() == null ? e.withClippedAt(now) : e;
                if (entry.id() > 0) {
                    statement.setLong(1, entry.id());
                } else {
                    statement.setNull(1, Types.INTEGER);
                }
                statement.setString(2, entry.title());
                statement.setString(3, entry.url());
                statement.setString(4, String.join("\n", entry.urls()));
                statement.setString(5, entry.summary());
                statement.setString(6, entry.section());
                statement.setString(7, entry.source());
                statement.setString(8, entry.date() == null ? null : entry.date().toString());
                statement.setInt(9, entry.sponsor() ? 1 : 0);
                statement.setString(10, entry.status().word());
                statement.setString(11, entry.clippedAt().toString());
                try (ResultSet id = statement.executeQuery()) {
                    id.next();
                    stored.add(entry.withId(id.getLong(1)));
                }
            }
        }
        return stored;
    }

    static void setStatus(Connection connection, long id, InboxStatus status) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE inbox_entry SET status = ? WHERE id = ?")) {
            statement.setString(1, status.word());
            statement.setLong(2, id);
            statement.executeUpdate();
        }
    }

    private static List<InboxEntry> read(PreparedStatement statement) throws SQLException {
        List<InboxEntry> entries = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String urls = rows.getString(4);
                String date = rows.getString(8);
                entries.add(new InboxEntry(rows.getLong(1), rows.getString(2), rows.getString(3),
                        urls.isEmpty() ? List.of() : Arrays.asList(urls.split("\n")), rows.getString(5),
                        rows.getString(6), rows.getString(7), date == null ? null : LocalDate.parse(date),
                        rows.getInt(9) == 1, InboxStatus.parse(rows.getString(10)).orElseThrow(),
                        Instant.parse(rows.getString(11))));
            }
        }
        return entries;
    }
}
