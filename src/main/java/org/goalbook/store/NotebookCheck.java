package org.goalbook.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.goalbook.model.MarkdownText;
import org.goalbook.model.NodeKind;
import org.goalbook.model.OutlineShape;

/**
 * The notebook health check: SQLite's integrity and foreign-key checks, the search index against the notes, and
 * the outline's shape as {@link OutlineShape} has it. Reads raw rows, so it can describe damage the model classes would refuse to load.
 */
final class NotebookCheck {
    /** One node row as stored; kind is text because a damaged file may hold anything there. */
    private record Row(long id, long parentId, int position, String kind, String name, boolean inline) {
        String label() {
            String plain = MarkdownText.plain(name);
            return "node " + id + " \"" + (plain.length() > 40 ? plain.substring(0, 39) + "…" : plain) + "\"";
        }
    }

    private final List<String> problems = new ArrayList<>();
    private boolean indexDamaged;

    private NotebookCheck() {
    }

    static List<String> run(Connection connection) throws SQLException {
        NotebookCheck check = new NotebookCheck();
        check.sqlite(connection);
        check.searchIndex(connection);
        check.outline(readRows(connection));
        return check.problems;
    }

    /**
     * SQLite's own checks alone (integrity, foreign keys), without the outline's shape: what a backup copy must pass
     * to be a faithful copy, whatever the notebook held.
     */
    static List<String> sqliteOnly(Connection connection) throws SQLException {
        NotebookCheck check = new NotebookCheck();
        check.sqlite(connection);
        return check.problems;
    }

    private void sqlite(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try {
                integrity(statement, "PRAGMA integrity_check");
            } catch (SQLException e) {
                if (!FullTextSearch.isIndexDamage(e)) {
                    throw e;
                }
                // SQLite's check stops at an index FTS5 cannot load: name that, and check the notes' tables alone.
                searchIndexDamaged(e);
                for (String table : List.of("meta", "node", "resource")) {
                    integrity(statement, "PRAGMA integrity_check(" + table + ")");
                }
            }
            try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                while (rows.next()) {
                    problems.add(rows.getString(1) + " row " + rows.getLong(2) + " refers to a missing "
                            + rows.getString(3) + " row");
                }
            }
        }
    }

    private void integrity(Statement statement, String pragma) throws SQLException {
        try (ResultSet rows = statement.executeQuery(pragma)) {
            while (rows.next()) {
                if (!"ok".equals(rows.getString(1))) {
                    problems.add("SQLite integrity: " + rows.getString(1));
                }
            }
        }
    }

    private void searchIndex(Connection connection) {
        if (indexDamaged) {
            return;
        }
        // rank = 1 makes FTS5 compare its index with the node table, not only with itself.
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO node_text (node_text, rank) VALUES ('integrity-check', 1)");
        } catch (SQLException e) {
            searchIndexDamaged(e);
        }
    }

    private void searchIndexDamaged(SQLException e) {
        indexDamaged = true;
        problems.add("the search index is damaged (" + NotebookFile.reason(e) + "); " + FullTextSearch.HOW_TO_REPAIR);
    }

    private void outline(List<Row> rows) {
        Map<Long, Row> byId = rows.stream().collect(Collectors.toMap(Row::id, r -> r));
        Map<Long, NodeKind> kinds = new HashMap<>();
        for (Row row : rows) {
            try {
                kinds.put(row.id(), NodeKind.valueOf(row.kind()));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(row.label() + " has the unknown kind " + row.kind());
            }
        }
        Map<Long, List<Integer>> positions = new HashMap<>();
        for (Row row : rows) {
            positions.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row.position());
            Row parent = byId.get(row.parentId());
            if (row.parentId() != 0 && parent == null) {
                continue; // The foreign-key check above already names a missing parent.
            }
            shape(row, kinds.get(row.id()), parent, parent == null ? null : kinds.get(parent.id()));
        }
        positions.forEach((parentId, list) -> numbering(parentId == 0 ? null : byId.get(parentId), list));
        order(rows, byId, kinds);
        loops(rows, byId);
    }

    private void shape(Row row, NodeKind kind, Row parent, NodeKind parentKind) {
        if (kind == null) {
            return;
        }
        Set<NodeKind> allowed = OutlineShape.allowedParents(kind);
        if (parent == null && !allowed.isEmpty()) {
            problems.add(row.label() + " (" + OutlineShape.word(kind) + ") stands at the top level, where only pages and years "
                    + "stand");
        } else if (parentKind != null && !allowed.contains(parentKind)) {
            problems.add(row.label() + " (" + OutlineShape.word(kind) + ") stands under " + parent.label() + " (" + OutlineShape.word(parentKind)
                    + "); " + withArticle(OutlineShape.word(kind)) + (allowed.isEmpty() ? " belongs at the top level"
                    : " belongs under " + withArticle(allowed.stream().map(OutlineShape::word)
                    .collect(Collectors.joining(", "))).replaceFirst(", ([^,]+)$", " or $1")));
        }
        if (row.inline() && (parent == null || parentKind != null && !OutlineShape.holdsInlineItems(parentKind))) {
            problems.add(row.label() + " is written inline, but only a stance line or a topic holds inline items");
        }
    }

    private void numbering(Row parent, List<Integer> list) {
        list.sort(null);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) != i) {
                String whose = parent == null ? "the top-level pages and years" : "the children of " + parent.label();
                String shown = list.size() > 12 ? list.subList(0, 12) + "…" : list.toString();
                problems.add(whose + " are numbered " + shown + " instead of 0 to " + (list.size() - 1));
                return;
            }
        }
    }

    /** Under Tactical, a list line after an area would be read back as part of that area. */
    private void order(List<Row> rows, Map<Long, Row> byId, Map<Long, NodeKind> kinds) {
        Map<Long, List<Row>> children = new HashMap<>();
        for (Row row : rows) {
            children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
        }
        children.forEach((parentId, list) -> {
            Row parent = byId.get(parentId);
            if (parent == null || kinds.get(parentId) == null || list.stream().anyMatch(r -> kinds.get(r.id()) == null)) {
                return;
            }
            list.sort(java.util.Comparator.comparingInt(Row::position));
            int at = OutlineShape.outOfOrder(kinds.get(parentId), list.stream().map(r -> kinds.get(r.id())).toList());
            if (at >= 0) {
                problems.add(list.get(at).label() + " stands under " + parent.label() + " after an area; the journal "
                        + "would read it as part of that area");
            }
        });
    }

    /** A node whose chain of parents comes back to itself never shows in the outline. */
    private void loops(List<Row> rows, Map<Long, Row> byId) {
        Set<Long> fine = new HashSet<>();
        for (Row row : rows) {
            Set<Long> chain = new HashSet<>();
            Row at = row;
            while (at != null && !fine.contains(at.id()) && chain.add(at.id())) {
                at = byId.get(at.parentId());
            }
            if (at != null && !fine.contains(at.id())) {
                problems.add(row.label() + " cannot be reached from the top level: its parents form a loop");
            } else {
                fine.addAll(chain);
            }
        }
    }

    private static String withArticle(String words) {
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    private static List<Row> readRows(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT id, parent_id, position, kind, name, inline FROM node ORDER BY id")) {
            while (result.next()) {
                rows.add(new Row(result.getLong(1), result.getLong(2), result.getInt(3), result.getString(4),
                        result.getString(5), result.getInt(6) != 0));
            }
        }
        return rows;
    }
}
