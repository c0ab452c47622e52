package org.goalbook.ui.clipboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goalbook.model.Change;
import org.goalbook.model.EditRefused;
import org.goalbook.model.LinkedName;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;

/**
 * Plans pasting a Markdown bullet list into the outline as one edit: each line becomes a node of the kind its place
 * calls for, nesting follows indentation, {@code [x]} ticks, {@code Maintain: a, b} becomes a stance line (or items
 * with that stance where a stance line cannot stand) and a trailing {@code (Improve)} sets an item's stance.
 */
public final class ListPaste {
    private static final Pattern BULLET = Pattern.compile("^(\\s*)(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$");
    private static final Pattern TASK = Pattern.compile("^\\[([ xX])]\\s+(.*)$");
    private static final Pattern STANCE_LINE = Pattern.compile("^(\\w+):\\s*(.+)$");
    private static final Pattern STANCE_SUFFIX = Pattern.compile("^(.*\\S)\\s+\\((\\w+)\\)$");

    private record Entry(int indent, String text, List<Entry> children) {
    }

    private final Outline outline;
    private final List<Change> changes = new ArrayList<>();
    private long nextId = -1;

    private ListPaste(Outline outline) {
        this.outline = outline;
    }

    /**
     * Adds the list's lines under {@code parentId} starting at {@code index} (-1: at the end).
     *
     * @throws EditRefused when the text holds no lines or the place takes no new lines
     */
    public static List<Change> plan(Outline outline, long parentId, int index, String markdown) {
        List<Entry> entries = parse(markdown == null ? "" : markdown);
        if (entries.isEmpty()) {
            throw new EditRefused("The clipboard holds no text to paste as a list.");
        }
        Node parent = parentId == 0 ? null : outline.get(parentId);
        if (parent == null || parent.kind() == NodeKind.PAGE) {
            throw new EditRefused("Paste a list into a year, a heading, an area, a topic or next to an item.");
        }
        ListPaste paste = new ListPaste(outline);
        List<Node> siblings = outline.children(parentId);
        int at = index < 0 || index > siblings.size() ? siblings.size() : index;
        int added = paste.addAll(parent, parentId, at, entries);
        for (Node s : siblings) {
            if (s.position() >= at) {
                paste.changes.add(0, new Change.Put(s.withParent(parentId, s.position() + added)));
            }
        }
        return paste.changes;
    }

    private int addAll(Node parent, long parentId, int position, List<Entry> entries) {
        int count = 0;
        for (Entry e : entries) {
            count += add(parent, parentId, position + count, e);
        }
        return count;
    }

    /** Adds one line (and what is under it); returns how many siblings it became. */
    private int add(Node parent, long parentId, int position, Entry e) {
        NodeKind kind = OutlineEdits.childKind(parent.kind());
        Matcher sl = STANCE_LINE.matcher(e.text());
        Optional<Stance> lineStance = sl.matches() ? Stance.parse(sl.group(1)) : Optional.empty();
        if (lineStance.isPresent() && (kind == NodeKind.TOPIC || kind == NodeKind.ITEM)) {
            List<String> items = splitItems(sl.group(2));
            boolean asLine = parent.kind() == NodeKind.AREA || parent.kind() == NodeKind.TOPIC;
            long lineId = parentId;
            if (asLine) {
                lineId = put(new Node(0, parentId, position, NodeKind.STANCE_LINE, lineStance.get().label(),
                        lineStance.get(), false, null, null, "", false, null));
            }
            int i = 0;
            for (String token : items) {
                boolean done = token.endsWith(MarkdownList.DONE_MARK.strip());
                String name = done ? token.substring(0, token.length() - 1).strip() : token;
                put(LinkedName.named(new Node(0, lineId, asLine ? i : position + i, NodeKind.ITEM, name,
                        lineStance.get(), done, null, null, "", asLine, null), name));
                i++;
            }
            return asLine ? 1 : items.size();
        }
        String text = e.text();
        boolean done = false;
        Matcher task = TASK.matcher(text);
        if (task.matches()) {
            done = !task.group(1).equals(" ");
            text = task.group(2).strip();
        }
        if (kind == NodeKind.TOPIC && (task.matches() || e.children().isEmpty())) {
            // As in the journal: under an area, a line with nothing below it is a skill item, not a topic.
            kind = NodeKind.ITEM;
        }
        Stance stance = parent.kind() == NodeKind.STANCE_LINE ? parent.stance() : null;
        Matcher suffix = STANCE_SUFFIX.matcher(text);
        if (kind == NodeKind.ITEM && suffix.matches() && Stance.parse(suffix.group(2)).isPresent()) {
            text = suffix.group(1);
            stance = Stance.parse(suffix.group(2)).get();
        }
        Node fresh = LinkedName.named(new Node(0, parentId, position, kind, text, kind == NodeKind.ITEM ? stance : null,
                kind.isTickable() && done, null, null, "", parent.kind() == NodeKind.STANCE_LINE, null), text);
        long id = put(fresh);
        addAll(fresh.withId(id), id, 0, e.children());
        return 1;
    }

    private long put(Node node) {
        long id = nextId--;
        changes.add(new Change.Put(node.withId(id)));
        return id;
    }

    private static List<Entry> parse(String markdown) {
        List<Entry> roots = new ArrayList<>();
        List<Entry> stack = new ArrayList<>();
        for (String line : markdown.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = BULLET.matcher(line);
            String indent = m.matches() ? m.group(1) : line.substring(0, line.length() - line.stripLeading().length());
            String text = (m.matches() ? m.group(2) : line).strip();
            Entry e = new Entry(indent.replace("\t", "    ").length(), text, new ArrayList<>());
            while (!stack.isEmpty() && stack.get(stack.size() - 1).indent() >= e.indent()) {
                stack.remove(stack.size() - 1);
            }
            (stack.isEmpty() ? roots : stack.get(stack.size() - 1).children()).add(e);
            stack.add(e);
        }
        return roots;
    }

    /** Splits "a, [b, c](url), d" at the commas that are not inside a link. */
    static List<String> splitItems(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : list.toCharArray()) {
            if (c == '[' || c == '(') {
                depth++;
            } else if ((c == ']' || c == ')') && depth > 0) {
                depth--;
            }
            if (c == ',' && depth == 0) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        out.removeIf(String::isEmpty);
        return out;
    }
}
