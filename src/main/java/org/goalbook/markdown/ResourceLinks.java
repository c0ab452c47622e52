package org.goalbook.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Resource;

/**
 * The resources attached to an item, written into its notes in the journal as a "Links:" list,
 * {@code - [title](url) — summary} a line, and taken out of the notes again on import.
 *
 * <p>Taking out is the exact inverse of writing in: notes become resources only when writing those resources back
 * gives the very same text, so a journal that happens to hold such a list in other spacing keeps it as notes, byte for
 * byte. See docs/decisions/resources-in-the-journal.md.
 */
final class ResourceLinks {
    static final String HEADER = "Links:";
    private static final String DASH = " \u2014 ";
    private static final Pattern LINE = Pattern.compile("- \\[((?:[^\\[\\]\\\\]|\\\\[\\[\\]\\\\])*)\\]\\(([^()\\s]+)\\)(?: \u2014 (.*))?");

    private ResourceLinks() {
    }

    /** The notebook as the journal writes it: each node's notes followed by the links attached to it. */
    static Outline writtenIn(Notebook notebook) {
        Map<Long, List<Resource>> byNode = new HashMap<>();
        for (Resource r : notebook.resources()) {
            if (r.nodeId() > 0) {
                byNode.computeIfAbsent(r.nodeId(), k -> new ArrayList<>()).add(r);
            }
        }
        Outline outline = notebook.outline();
        for (long id : byNode.keySet()) {
            if (outline.find(id).filter(Node::inline).isPresent()) {
                // Attach moves an item off its comma list; one stored otherwise (a backup) moves here, not to lose it.
                outline = OutlineEdits.preview(outline, OutlineEdits.offCommaList(outline, id));
            }
        }
        Outline shape = outline;
        List<Node> put = new ArrayList<>();
        byNode.forEach((id, resources) -> shape.find(id).filter(n -> n.kind() != NodeKind.PAGE)
                .ifPresent(n -> put.add(n.withNotes(withLinks(n.notes(), resources)))));
        return put.isEmpty() ? shape : shape.with(put, List.of());
    }

    /** The imported notebook with each item's trailing "Links:" list taken out of its notes as resources. */
    static Notebook takenOut(Notebook imported) {
        List<Node> put = new ArrayList<>();
        List<Resource> resources = new ArrayList<>(imported.resources());
        for (Node n : imported.outline().preorder()) {
            if (n.kind() == NodeKind.PAGE || !n.notes().contains(HEADER)) {
                continue;
            }
            Split split = split(n.notes(), n.id());
            if (split != null) {
                put.add(n.withNotes(split.notes()));
                resources.addAll(split.resources());
            }
        }
        if (put.isEmpty()) {
            return imported;
        }
        return new Notebook(imported.meta(), imported.outline().with(put, List.of()), resources, imported.inbox());
    }

    static String withLinks(String notes, List<Resource> resources) {
        StringBuilder out = new StringBuilder(notes);
        if (!notes.isEmpty()) {
            out.append(notes.endsWith("\n") ? "\n" : "\n\n");
        }
        out.append(HEADER);
        for (Resource r : resources) {
            out.append('\n').append("- [").append(escape(r.title().isBlank() ? r.url() : r.title())).append("](")
                    .append(r.url()).append(')');
            String summary = oneLine(r.summary());
            if (!summary.isEmpty()) {
                out.append(DASH).append(summary);
            }
        }
        return out.toString();
    }

    record Split(String notes, List<Resource> resources) {
    }

    /** The notes without their trailing links and those links as resources, or null when they do not end in one. */
    static Split split(String notes, long nodeId) {
        int at = notes.lastIndexOf(HEADER);
        while (at >= 0) {
            if (at == 0 || notes.charAt(at - 1) == '\n') {
                Split s = splitAt(notes, at, nodeId);
                if (s != null) {
                    return s;
                }
            }
            at = at == 0 ? -1 : notes.lastIndexOf(HEADER, at - 1);
        }
        return null;
    }

    private static Split splitAt(String notes, int at, long nodeId) {
        String[] lines = notes.substring(at).split("\n", -1);
        if (!lines[0].equals(HEADER) || lines.length < 2) {
            return null;
        }
        List<Resource> resources = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            Matcher m = LINE.matcher(lines[i]);
            if (!m.matches()) {
                return null;
            }
            resources.add(new Resource(0, unescape(m.group(1)), m.group(2), m.group(3), "", nodeId));
        }
        String before = notes.substring(0, at);
        for (String candidate : java.util.Arrays.asList(cut(before, 2), cut(before, 1), before)) {
            if (candidate != null && withLinks(candidate, resources).equals(notes)) {
                return new Split(candidate, resources);
            }
        }
        return null;
    }

    private static String cut(String text, int newlines) {
        return text.length() >= newlines && text.endsWith("\n".repeat(newlines))
                ? text.substring(0, text.length() - newlines) : null;
    }

    private static String oneLine(String summary) {
        return summary.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String escape(String title) {
        return oneLine(title).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    private static String unescape(String title) {
        return title.replaceAll("\\\\([\\[\\]\\\\])", "$1");
    }
}
