package org.goalbook.markdown;

import java.nio.file.Path;
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
import org.goalbook.model.Outline;
import org.goalbook.model.OutlineShape;
import org.goalbook.model.Stance;

/**
 * Plans pasting a Markdown bullet list into the outline as one edit: each line becomes a node of the kind its place
 * calls for ({@link OutlineShape}), nesting follows indentation, {@code [x]} ticks, {@code Maintain: a, b} becomes a
 * stance line (or items with that stance where a stance line cannot stand) and a trailing {@code (Improve)} sets an
 * item's stance. Lines and comma lists are read with the journal's own {@link ListLine} and {@link InlineList}.
 */
public final class ListPaste {
    private static final Pattern STANCE_SUFFIX = Pattern.compile("^(.*\\S)\\s+\\((\\w+)\\)$");

    /** One line of the pasted list; {@code box} is null for a line without a task box, else whether it is ticked. */
    private record Entry(int nesting, String text, Boolean box, List<Entry> children) {
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
            throw new EditRefused("There is nothing to paste: the text holds no lines.");
        }
        Node parent = parentId == 0 ? null : outline.get(parentId);
        if (parent == null || OutlineShape.childKind(parent.kind()) == null) {
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

    /** The text of a list file, checked as a journal file is: UTF-8, not binary, not too large. */
    public static String text(Path file) {
        return JournalImporter.readText(file);
    }

    /** The text of a list read from standard input, checked as {@link #text(Path)} checks a file. */
    public static String text(byte[] bytes) {
        return TextCheck.decode(Path.of("standard input"), bytes);
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
        NodeKind kind = OutlineShape.childKind(parent.kind());
        Matcher sl = e.box() == null ? GoalSectionParser.STANCE_LINE.matcher(e.text()) : null;
        Optional<Stance> lineStance = sl != null && sl.matches() ? Stance.parse(sl.group(1)) : Optional.empty();
        if (lineStance.isPresent() && (kind == NodeKind.TOPIC || kind == NodeKind.ITEM)) {
            List<String> items = InlineList.split(sl.group(2));
            boolean asLine = OutlineShape.holdsStanceLines(parent.kind());
            long lineId = parentId;
            if (asLine) {
                lineId = put(new Node(0, parentId, position, NodeKind.STANCE_LINE, lineStance.get().label(),
                        lineStance.get(), false, null, null, "", false, null));
            }
            int i = 0;
            for (String raw : items) {
                InlineList.Token t = InlineList.token(raw);
                // Read in the comma list's form (the name is the link's text), placed in the form the line takes.
                put(LinkedName.placed(new Node(0, lineId, asLine ? i : position + i, NodeKind.ITEM, t.name(),
                        lineStance.get(), t.done(), t.doneOn(), t.link(), "", true, null), asLine));
                i++;
            }
            return asLine ? 1 : items.size();
        }
        int listStart = kind == NodeKind.TOPIC && e.box() == null ? InlineList.listStart(e.text()) : -1;
        if (listStart > 0) {
            // "SSO: Okta, Auth0": a topic with its items written after the colon, as the journal reads it.
            Node topic = new Node(0, parentId, position, NodeKind.TOPIC,
                    e.text().substring(0, e.text().lastIndexOf(':', listStart)).strip(), null, false, null, null, "",
                    false, null);
            long topicId = put(topic);
            List<String> items = InlineList.split(e.text().substring(listStart));
            for (int i = 0; i < items.size(); i++) {
                InlineList.Token t = InlineList.token(items.get(i));
                put(new Node(0, topicId, i, NodeKind.ITEM, t.name(), null, t.done(), t.doneOn(), t.link(), "", true,
                        null));
            }
            addAll(topic.withId(topicId), topicId, items.size(), e.children());
            return 1;
        }
        String text = e.text();
        boolean done = Boolean.TRUE.equals(e.box());
        if (kind == NodeKind.TOPIC && (e.box() != null || e.children().isEmpty())) {
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

    /** The lines as a tree; nesting as the journal reads it ({@link ListLine#nestingKey}). */
    private static List<Entry> parse(String markdown) {
        List<Entry> roots = new ArrayList<>();
        List<Entry> stack = new ArrayList<>();
        for (String line : markdown.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Optional<ListLine> item = ListLine.parse(line);
            Entry e = item.map(li -> new Entry(li.nestingKey(), li.content(), li.hasBox() ? li.ticked() : null,
                            new ArrayList<>()))
                    .orElseGet(() -> new Entry(2 * Line.indentWidth(line) + 1, line.strip(), null, new ArrayList<>()));
            while (!stack.isEmpty() && stack.get(stack.size() - 1).nesting() >= e.nesting()) {
                stack.remove(stack.size() - 1);
            }
            (stack.isEmpty() ? roots : stack.get(stack.size() - 1).children()).add(e);
            stack.add(e);
        }
        return roots;
    }
}
