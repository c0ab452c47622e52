package org.goalbook.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.goalbook.model.Change;
import org.goalbook.model.Node;

/**
 * Writes one user action's changes inside the caller's transaction and works out their inverse: the changes that,
 * applied in turn, put back exactly the rows that were there before, under the same ids.
 */
final class ChangeWriter {
    private final NodeRows rows;
    /** Placeholder (negative) ids of this action's new nodes, and the real ids they were given. */
    private final Map<Long, Long> placeholders = new HashMap<>();
    /** Each change's own inverse, in the order the changes were applied. */
    private final List<List<Change>> undoSteps = new ArrayList<>();

    private ChangeWriter(NodeRows rows) {
        this.rows = rows;
    }

    /** Applies the changes in order and returns the inverse list (last change undone first). */
    static List<Change> apply(NodeRows rows, List<Change> changes) throws SQLException {
        ChangeWriter writer = new ChangeWriter(rows);
        for (Change change : changes) {
            if (change instanceof Change.Put put) {
                writer.put(put.node());
            } else if (change instanceof Change.Remove remove) {
                writer.remove(remove.id());
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

    private long realId(long id) {
        return id < 0 ? placeholders.getOrDefault(id, id) : id;
    }
}
