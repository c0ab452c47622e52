package org.goalbook.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.goalbook.model.Change;
import org.goalbook.model.InboxEntry;
import org.goalbook.model.Node;
import org.goalbook.model.Resource;

/**
 * Writes one user action's changes inside the caller's transaction and works out their inverse: the changes that,
 * applied in turn, put back exactly the rows that were there before, under the same ids.
 */
final class ChangeWriter {
    private final Connection connection;
    private final NodeRows rows;
    /** Placeholder (negative) ids of this action's new nodes, and the real ids they were given. */
    private final Map<Long, Long> placeholders = new HashMap<>();
    /** Each change's own inverse, in the order the changes were applied. */
    private final List<List<Change>> undoSteps = new ArrayList<>();

    private ChangeWriter(Connection connection, NodeRows rows) {
        this.connection = connection;
        this.rows = rows;
    }

    /** Applies the changes in order and returns the inverse list (last change undone first). */
    static List<Change> apply(Connection connection, NodeRows rows, List<Change> changes) throws SQLException {
        ChangeWriter writer = new ChangeWriter(connection, rows);
        for (Change change : changes) {
            if (change instanceof Change.Put put) {
                writer.put(put.node());
            } else if (change instanceof Change.Remove remove) {
                writer.remove(remove.id());
            } else if (change instanceof Change.SetStatus status) {
                writer.setStatus(status);
            } else if (change instanceof Change.PutResource put) {
                writer.putResource(put.resource());
            } else if (change instanceof Change.RemoveResource remove) {
                writer.removeResource(remove.id());
            }
        }
        List<Change> inverse = new ArrayList<>();
        for (int i = writer.undoSteps.size() - 1; i >= 0; i--) {
            inverse.addAll(writer.undoSteps.get(i));
        }
        return inverse;
    }

    private void put(Node given) throws SQLException {
        long id = realId(given.id());
        Node node = given.withId(id).withParent(realId(given.parentId()), given.position());
        if (node.parentId() < 0) {
            throw new IllegalArgumentException("node \"" + given.name() + "\" names the parent " + given.parentId()
                    + ", which no earlier change of this action created");
        }
        Optional<Node> before = id > 0 ? rows.find(id) : Optional.empty();
        if (before.isPresent()) {
            if (node.parentId() != before.get().parentId() && node.parentId() != 0
                    && rows.isAncestorOrSelf(id, node.parentId())) {
                throw new IllegalArgumentException("node " + id + " cannot move inside itself");
            }
            rows.update(node);
            undoSteps.add(List.of(new Change.Put(before.get())));
            return;
        }
        long stored = rows.insert(node, id > 0);
        if (given.id() < 0) {
            placeholders.put(given.id(), stored);
        }
        undoSteps.add(List.of(new Change.Remove(stored)));
    }

    private void remove(long given) throws SQLException {
        long id = realId(given);
        List<Node> subtree = rows.subtree(id);
        if (subtree.isEmpty()) {
            return; // Already gone: removing is idempotent, and there is nothing to put back.
        }
        rows.delete(id);
        List<Change> putBack = new ArrayList<>(subtree.size());
        subtree.forEach(node -> putBack.add(new Change.Put(node)));
        undoSteps.add(putBack);
    }

    private void setStatus(Change.SetStatus change) throws SQLException {
        InboxEntry before = InboxRows.find(connection, change.entryId()).orElseThrow(() ->
                new IllegalArgumentException("no inbox entry #" + change.entryId()));
        InboxRows.setStatus(connection, change.entryId(), change.status());
        undoSteps.add(List.of(new Change.SetStatus(before.id(), before.status())));
    }

    /** A resource may hang on a node this same action creates (a placeholder id). */
    private void putResource(Resource given) throws SQLException {
        Resource resource = new Resource(given.id(), given.title(), given.url(), given.summary(), given.origin(),
                realId(given.nodeId()));
        Optional<Resource> before = resource.id() > 0 ? ResourceRows.find(connection, resource.id())
                : Optional.empty();
        if (before.isPresent()) {
            ResourceRows.delete(connection, resource.id());
        }
        long stored = ResourceRows.insert(connection, List.of(resource)).get(0);
        undoSteps.add(List.of(before.<Change>map(Change.PutResource::new).orElse(new Change.RemoveResource(stored))));
    }

    private void removeResource(long id) throws SQLException {
        Optional<Resource> before = ResourceRows.find(connection, id);
        if (before.isPresent()) {
            ResourceRows.delete(connection, id);
            undoSteps.add(List.of(new Change.PutResource(before.get())));
        }
    }

    private long realId(long id) {
        return id < 0 ? placeholders.getOrDefault(id, id) : id;
    }
}
