package org.goalbook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Source;
import org.goalbook.model.Stance;

/**
 * The {@code node} table: one row per {@link Node}, every field kept. Statements are prepared once per store; the
 * writing ones on first use, because preparing them loads the search index their triggers feed, and a notebook whose
 * index is damaged must still open for reading and for {@code check --repair}.
 */
final class NodeRows implements AutoCloseable {
    private static final String COLUMNS = "id, parent_id, position, kind, name, stance, done, done_on, link, notes, "
            + "inline, src_lead, src_tail, src_fingerprint";

    private final Connection connection;
    private final PreparedStatement findById;
    private PreparedStatement insert;
    private PreparedStatement update;

    NodeRows(Connection connection) throws SQLException {
        this.connection = connection;
        this.findById = connection.prepareStatement("SELECT " + COLUMNS + " FROM node WHERE id = ?");
    }

    /** Every node, in no particular order (an {@code Outline} sorts them). */
    List<Node> all() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM node", -1);
    }

    Optional<Node> find(long id) throws SQLException {
        findById.setLong(1, id);
        try (ResultSet rows = findById.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        }
    }

    /** The node and everything below it, parents before their children; empty when there is no such node. */
    List<Node> subtree(long id) throws SQLException {
        return query("WITH RECURSIVE below(id, depth) AS (SELECT id, 0 FROM node WHERE id = ?"
                + " UNION ALL SELECT node.id, below.depth + 1 FROM node JOIN below ON node.parent_id = below.id)"
                + " SELECT " + COLUMNS.replaceAll("(\\w+)", "node.$1") + " FROM node JOIN below USING (id)"
                + " ORDER BY below.depth, node.parent_id, node.position, node.id", id);
    }

    /** Whether {@code ancestor} is {@code id} itself or lies above it. */
    boolean isAncestorOrSelf(long ancestor, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("WITH RECURSIVE above(id) AS (SELECT ?"
                + " UNION SELECT node.parent_id FROM node JOIN above ON node.id = above.id"
                + " WHERE node.parent_id IS NOT NULL) SELECT 1 FROM above WHERE id = ?")) {
            statement.setLong(1, id);
            statement.setLong(2, ancestor);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Inserts the node; with {@code keepId} under its own id, else under a new one. Returns the id. */
    long insert(Node node, boolean keepId) throws SQLException {
        if (insert == null) {
            insert = connection.prepareStatement("INSERT INTO node (" + COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        if (keepId) {
            insert.setLong(1, node.id());
        } else {
            insert.setNull(1, Types.INTEGER);
        }
        bind(insert, 2, node);
        insert.executeUpdate();
        if (keepId) {
            return node.id();
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT last_insert_rowid()");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Overwrites every field of the stored node with the same id. */
    void update(Node node) throws SQLException {
        if (update == null) {
            update = connection.prepareStatement("UPDATE node SET parent_id = ?, position = ?, kind = ?, name = ?, "
                    + "stance = ?, done = ?, done_on = ?, link = ?, notes = ?, inline = ?, src_lead = ?, "
                    + "src_tail = ?, src_fingerprint = ? WHERE id = ?");
        }
        bind(update, 1, node);
        update.setLong(14, node.id());
        update.executeUpdate();
    }

    /** Removes the node; the schema's cascade removes everything below it. */
    void delete(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM node WHERE id = ?")) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        findById.close();
        if (insert != null) {
            insert.close();
        }
        if (update != null) {
            update.close();
        }
    }

    private List<Node> query(String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (id >= 0) {
                statement.setLong(1, id);
            }
            List<Node> nodes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    nodes.add(read(rows));
                }
            }
            return nodes;
        }
    }

    /** Binds every column but the id, starting at {@code index}. */
    private static void bind(PreparedStatement statement, int index, Node node) throws SQLException {
        int i = index;
        if (node.parentId() == 0) {
            statement.setNull(i++, Types.INTEGER);
        } else {
            statement.setLong(i++, node.parentId());
        }
        statement.setInt(i++, node.position());
        statement.setString(i++, node.kind().name());
        statement.setString(i++, node.name());
        statement.setString(i++, node.stance() == null ? null : node.stance().name());
        statement.setInt(i++, node.done() ? 1 : 0);
        statement.setString(i++, node.doneOn() == null ? null : node.doneOn().toString());
        statement.setString(i++, node.link());
        statement.setString(i++, node.notes());
        statement.setInt(i++, node.inline() ? 1 : 0);
        Source source = node.source();
        statement.setString(i++, source == null ? null : source.lead());
        statement.setString(i++, source == null ? null : source.tail());
        statement.setString(i, source == null ? null : source.fingerprint());
    }

    static Node read(ResultSet row) throws SQLException {
        String stance = row.getString(6);
        String doneOn = row.getString(8);
        String lead = row.getString(12);
        Source source = lead == null ? null : new Source(lead, row.getString(13), row.getString(14));
        return new Node(row.getLong(1), row.getLong(2), row.getInt(3), NodeKind.valueOf(row.getString(4)),
                row.getString(5), stance == null ? null : Stance.valueOf(stance), row.getInt(7) != 0,
                doneOn == null ? null : LocalDate.parse(doneOn), row.getString(9), row.getString(10),
                row.getInt(11) != 0, source);
    }
}
