package org.goalbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.goalbook.model.Resource;

/** The {@code resource} table: links worth keeping, each maybe attached to a skill item. */
final class ResourceRows {
    private ResourceRows() {
    }

    /** Every resource in the order it was stored. */
    static List<Resource> all(Connection connection) throws SQLException {
        List<Resource> resources = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT id, title, url, summary, origin, node_id FROM resource ORDER BY id")) {
            while (rows.next()) {
                resources.add(new Resource(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getLong(6)));
            }
        }
        return resources;
    }

    static java.util.Optional<Resource> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, title, url, summary, origin, node_id FROM resource WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? java.util.Optional.of(new Resource(rows.getLong(1), rows.getString(2),
                        rows.getString(3), rows.getString(4), rows.getString(5), rows.getLong(6)))
                        : java.util.Optional.empty();
            }
        }
    }

    static void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM resource WHERE id = ?")) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    /** Stores the resources, keeping positive ids and giving the others new ones; returns the ids, in order. */
    static List<Long> insert(Connection connection, List<Resource> resources) throws SQLException {
        List<Long> ids = new ArrayList<>(resources.size());
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO resource (id, title, url, summary, origin, node_id) VALUES (?, ?, ?, ?, ?, ?) "
                        + "RETURNING id")) {
            for (Resource resource : resources) {
                if (resource.id() > 0) {
                    statement.setLong(1, resource.id());
                } else {
                    statement.setNull(1, Types.INTEGER);
                }
                statement.setString(2, resource.title());
                statement.setString(3, resource.url());
                statement.setString(4, resource.summary());
                statement.setString(5, resource.origin());
                if (resource.nodeId() > 0) {
                    statement.setLong(6, resource.nodeId());
                } else {
                    statement.setNull(6, Types.INTEGER);
                }
                try (ResultSet id = statement.executeQuery()) {
                    id.next();
                    ids.add(id.getLong(1));
                }
            }
        }
        return ids;
    }
}
