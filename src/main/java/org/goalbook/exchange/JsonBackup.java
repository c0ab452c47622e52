package org.goalbook.exchange;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.goalbook.model.Node;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Outline;
import org.goalbook.model.Resource;

/**
 * A complete, versioned JSON copy of a notebook, for backup and restore. The format is described in
 * docs/backup-format.md; {@link #read} gives back a notebook equal, field by field, to the one {@link #write} wrote.
 */
public final class JsonBackup {
    private JsonBackup() {
    }

    /** The notebook as pretty-printed JSON text (to be saved as UTF-8). */
    public static String write(Notebook notebook) {
        return PrettyJson.write(BackupFile.of(notebook));
    }

    /**
     * Reads a backup written by {@link #write}, by this or an older Goalbook.
     *
     * @throws ExchangeException with a one-line message when the text is not JSON, not a Goalbook backup, from a
     *                           newer format version, or broken (unknown kinds, missing parents, cycles, …)
     */
    public static Notebook read(String json) {
        JsonNode root = parse(json);
        checkFormat(root);
        BackupFile file;
        try {
            file = PrettyJson.MAPPER.treeToValue(root, BackupFile.class);
        } catch (JsonProcessingException e) {
            throw BackupTree.broken(wrongValue(e));
        }
        List<Node> nodes = BackupTree.nodes(orEmpty(file.nodes()));
        NotebookMeta meta = file.meta() == null ? NotebookMeta.empty() : file.meta().toModel();
        return new Notebook(meta, new Outline(nodes), resources(orEmpty(file.resources()), nodes),
                BackupInbox.entries(orEmpty(file.inbox())));
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new ExchangeException("not a JSON file: it is empty");
        }
        try {
            return PrettyJson.MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new ExchangeException("not a Goalbook backup: " + firstLine(e.getOriginalMessage())
                    .replaceAll(",? from `[^`]*`", ""));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new ExchangeException("not a JSON file: " + where + firstLine(e.getOriginalMessage()));
        }
    }

    private static void checkFormat(JsonNode root) {
        if (!root.isObject() || !BackupFile.FORMAT.equals(root.path("format").textValue())) {
            throw new ExchangeException("not a Goalbook backup: it has no \"format\": \"" + BackupFile.FORMAT + "\"");
        }
        JsonNode version = root.path("version");
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw BackupTree.broken("\"version\" must be a whole number from 1, not " + version);
        }
        if (version.intValue() > BackupFile.VERSION) {
            throw new ExchangeException("made by a newer Goalbook (backup format " + version.intValue()
                    + "; this version reads up to " + BackupFile.VERSION + ")");
        }
    }

    private static List<Resource> resources(List<BackupFile.ResourceEntry> entries, List<Node> nodes) {
        Set<Long> nodeIds = nodes.stream().map(Node::id).collect(Collectors.toSet());
        Set<Long> seen = new HashSet<>();
        return entries.stream().map(e -> {
            if (e == null || e.id() == null) {
                throw BackupTree.broken("every resource needs an \"id\"");
            }
            if (e.id() != 0 && !seen.add(e.id())) {
                throw BackupTree.broken("resource id " + e.id() + " appears more than once");
            }
            long nodeId = e.nodeId() == null ? 0 : e.nodeId();
            if (nodeId != 0 && !nodeIds.contains(nodeId)) {
                throw BackupTree.broken("resource " + e.id() + " is attached to node " + nodeId
                        + ", which is not in the backup");
            }
            return new Resource(e.id(), e.title(), e.url(), e.summary(), e.origin(), nodeId);
        }).toList();
    }

    /** "nodes[3].id should be a whole number", from Jackson's long message about Java types. */
    private static String wrongValue(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return firstLine(e.getOriginalMessage());
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            }
        }
        Class<?> type = e instanceof MismatchedInputException mi ? mi.getTargetType() : null;
        return path + " should be " + expected(type);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "something else";
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        return List.class.isAssignableFrom(type) ? "a list" : "an object";
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
