package org.goalbook.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Stance;

/**
 * Turns a backup's flat node list back into outline nodes, refusing anything that would not make a sound outline:
 * unknown kinds or stances, duplicate ids, missing parents, cycles, nodes that belong inside a year at the top level.
 */
final class BackupTree {
    private BackupTree() {
    }

    static List<Node> nodes(List<BackupFile.NodeEntry> entries) {
        Map<Long, Node> byId = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Node n = node(entries.get(i), i);
            if (byId.put(n.id(), n) != null) {
                throw broken("node id " + n.id() + " appears more than once");
            }
        }
        for (Node n : byId.values()) {
            if (n.parentId() != 0 && !byId.containsKey(n.parentId())) {
                throw broken("node " + n.id() + " has parent " + n.parentId() + ", which is not in the backup");
            }
            if (n.kind().isTopLevel() != (n.parentId() == 0)) {
                throw broken("node " + n.id() + " (" + word(n.kind()) + ")" + (n.parentId() == 0
                        ? " is at the top level, where only pages and years stand"
                        : " has a parent, but pages and years stand at the top level"));
            }
        }
        refuseCycles(byId);
        return List.copyOf(byId.values());
    }

    private static Node node(BackupFile.NodeEntry e, int index) {
        if (e == null) {
            throw broken("nodes[" + index + "] is empty");
        }
        if (e.id() == null || e.id() <= 0) {
            throw broken("nodes[" + index + "] needs an \"id\" above 0");
        }
        long id = e.id();
        if (e.parentId() == null || e.parentId() < 0) {
            throw broken("node " + id + " needs a \"parentId\" (0 for the top level)");
        }
        NodeKind kind = constant(NodeKind.class, e.kind(), "node " + id + " has an unknown kind");
        Stance stance = e.stance() == null ? null : constant(Stance.class, e.stance(), "node " + id
                + " has an unknown stance");
        LocalDate doneOn = null;
        if (e.doneOn() != null) {
            try {
                doneOn = LocalDate.parse(e.doneOn());
            } catch (DateTimeParseException ex) {
                throw broken("node " + id + " has \"doneOn\": \"" + e.doneOn() + "\", which is not a YYYY-MM-DD date");
            }
        }
        return new Node(id, e.parentId(), e.position() == null ? 0 : e.position(), kind, e.name(), stance,
                Boolean.TRUE.equals(e.done()), doneOn, e.link(), e.notes(), Boolean.TRUE.equals(e.inline()),
                e.source() == null ? null : e.source().toModel());
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String problem) {
        if (value == null) {
            throw broken(problem + " (none given)");
        }
        for (E c : type.getEnumConstants()) {
            if (c.name().equalsIgnoreCase(value)) {
                return c;
            }
        }
        throw broken(problem + " \"" + value + "\"");
    }

    /** Nodes not reachable from the top level, although every parent exists, hang below a cycle. */
    private static void refuseCycles(Map<Long, Node> byId) {
        Map<Long, List<Long>> children = new HashMap<>();
        byId.values().forEach(n -> children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n.id()));
        Set<Long> reached = new HashSet<>();
        List<Long> todo = new ArrayList<>(children.getOrDefault(0L, List.of()));
        while (!todo.isEmpty()) {
            long id = todo.remove(todo.size() - 1);
            reached.add(id);
            todo.addAll(children.getOrDefault(id, List.of()));
        }
        for (Node start : byId.values()) {
            if (!reached.contains(start.id())) {
                throw broken(describeCycle(byId, start.id()));
            }
        }
    }

    private static String describeCycle(Map<Long, Node> byId, long start) {
        List<Long> path = new ArrayList<>();
        long cur = start;
        while (!path.contains(cur)) {
            path.add(cur);
            cur = byId.get(cur).parentId();
        }
        List<Long> cycle = path.subList(path.indexOf(cur), path.size());
        if (cycle.size() == 1) {
            return "node " + cur + " is its own parent";
        }
        return "nodes " + cycle.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + " are each other's ancestors (a cycle)";
    }

    private static String word(NodeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static ExchangeException broken(String problem) {
        return new ExchangeException("broken backup: " + problem);
    }
}
