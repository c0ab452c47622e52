package org.goalbook.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.Source;
import org.goalbook.model.Stance;

/**
 * Writes nodes in document order. A node whose fingerprint still matches is written exactly as imported; a changed
 * node gets a new line that keeps as much of the old one as it can (indent, marker, box style, text). A node moved
 * under another parent is indented anew, and its subtree shifts with it.
 */
final class JournalWriter {
    private final Outline outline;
    private final String eol;
    private final StringBuilder out = new StringBuilder();
    /** Column where each written list item's text starts, and how far it moved from where it was imported. */
    private final Map<Long, Integer> contentColumn = new HashMap<>();
    private final Map<Long, Integer> shift = new HashMap<>();
    private final Map<Long, String> writtenPrefix = new HashMap<>();
    private boolean inList;
    /** Blank lines that closed a list, held back while the list goes on after an edit moved its last item. */
    private String listEndBlanks = "";
    /** The nodes written as lines, in order, and where each stands; to see what follows a node. */
    private final Map<Long, Node> nextLine = new HashMap<>();

    JournalWriter(Outline outline, String eol) {
        this.outline = outline;
        this.eol = eol;
    }

    void append(String text) {
        out.append(text);
    }

    String text() {
        return out.toString();
    }

    /** Writes a node and everything below it, without recursion. */
    void subtree(Node top) {
        List<Node> order = new ArrayList<>();
        order.add(top);
        outline.walk(top.id(), n -> {
            if (!n.inline() && !outline.find(n.parentId()).map(Node::inline).orElse(false)) {
                order.add(n);
            }
        });
        for (int i = 0; i + 1 < order.size(); i++) {
            nextLine.put(order.get(i).id(), order.get(i + 1));
        }
        List<Node> stack = new ArrayList<>();
        stack.add(top);
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            if (n.inline()) {
                continue;
            }
            node(n);
            List<Node> kids = outline.children(n.id());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(kids.get(i));
            }
        }
    }

    private void node(Node n) {
        if (!Fingerprint.isListItem(n)) {
            closeList();
        }
        switch (n.kind()) {
            case PAGE -> page(n);
            case YEAR, STRATEGIC, TACTICAL -> heading(n);
            case AREA -> area(n);
            case GOAL, TOPIC, STANCE_LINE, ITEM -> listItem(n);
        }
    }

    private void page(Node n) {
        Source src = n.source();
        startLine();
        if (src == null) {
            blankLineAfterList();
        }
        String text = PageText.write(n.notes());
        out.append(src != null && text.equals(Eol.toLf(src.lead())) ? src.lead() : Eol.fromLf(text, eol));
        inList = false;
    }

    private void heading(Node n) {
        Source src = n.source();
        startLine();
        if (unchanged(n)) {
            out.append(src.lead());
        } else {
            if (src == null) {
                blankLineAfterList();
            }
            String title = n.kind() == NodeKind.YEAR ? "My Goals in " + n.name() : n.name();
            out.append(Heading.hashes(headingLevel(n))).append(' ').append(title).append(eol);
            if (src == null && n.notes().isBlank()) {
                out.append(eol);
            }
        }
        tail(n, 0);
        inList = false;
    }

    private void area(Node n) {
        startLine();
        if (inList && !endsWithBlankLine()) {
            out.append(eol);
        }
        if (unchanged(n)) {
            out.append(n.source().lead());
        } else {
            out.append(n.name()).append(eol);
            if (outline.children(n.id()).isEmpty()) {
                out.append(GoalSectionParser.EMPTY_AREA).append(eol);
            }
            if (n.source() == null) {
                out.append(eol);
            }
        }
        tail(n, 0);
        inList = false;
    }

    private void listItem(Node n) {
        Source src = n.source();
        ListLine orig = src == null ? null : ListLine.parse(stripEol(src.lead())).orElse(null);
        boolean sameParent = src != null && Fingerprint.parentPart(src.fingerprint()) == n.parentId();
        int parentShift = shift.getOrDefault(n.parentId(), 0);

        String prefix;
        if (orig != null && sameParent) {
            prefix = parentShift == 0 ? orig.prefix()
                    : " ".repeat(Math.max(0, orig.indentWidth() + parentShift)) + orig.marker() + orig.gap();
        } else {
            prefix = freshPrefix(n);
        }
        int column = Line.indentWidth(prefix) + prefix.strip().length() + trailingSpaces(prefix);
        contentColumn.put(n.id(), column);
        shift.put(n.id(), orig == null ? 0 : column - orig.contentColumn());
        writtenPrefix.put(n.id(), prefix);

        startLine();
        boolean topicLost = n.kind() == NodeKind.TOPIC && orig != null && topicNeedsColon(n, false)
                && !orig.content().endsWith(":");
        if (unchanged(n) && orig != null && prefix.equals(orig.prefix()) && !topicLost) {
            out.append(src.lead());
        } else {
            String box = "";
            if (n.kind().isTickable() && (n.done() || orig != null && orig.hasBox() || needsBox(n))) {
                box = orig != null ? orig.boxFor(n.done()) : (n.done() ? "[x] " : "[ ] ");
            }
            String lineEnd = src != null && src.lead().endsWith("\r\n") ? "\r\n" : eol;
            out.append(prefix).append(box).append(content(n, orig))
                    .append(orig != null ? orig.trailing() : "").append(lineEnd);
        }
        Node next = nextLine.get(n.id());
        boolean endsListNow = next == null || !Fingerprint.isListItem(next);
        if (src != null && Fingerprint.endedList(src.fingerprint()) && !endsListNow) {
            int before = out.length();
            tail(n, column);
            String blanks = Notes.trailingBlank(out.substring(before));
            out.setLength(out.length() - blanks.length());
            listEndBlanks += blanks;
        } else {
            tail(n, column);
        }
        inList = true;
        if (endsListNow) {
            closeList();
        }
    }

    /**
     * Whether a goal or item must be written with a task box to read back as itself: a name that starts like a box,
     * one that reads as a stance line, or, for an item in an area, one with a colon that would make it a topic.
     */
    private boolean needsBox(Node n) {
        Optional<ListLine> plain = ListLine.parse("- " + n.name());
        if (plain.isEmpty() || plain.get().hasBox() || !plain.get().content().equals(n.name())) {
            return true;
        }
        NodeKind parent = outline.parent(n).map(Node::kind).orElse(null);
        if (n.kind() != NodeKind.ITEM || parent == null) {
            return false;
        }
        // A sub-point that looks like a stance line would also make the item above it a topic.
        if (GoalSectionParser.STANCE_LINE.matcher(n.name()).matches()) {
            return true;
        }
        return (parent == NodeKind.AREA || parent == NodeKind.TACTICAL)
                && (InlineList.listStart(n.name()) > 0 || n.name().endsWith(":"));
    }

    private void closeList() {
        if (!listEndBlanks.isEmpty()) {
            startLine();
            if (!endsWithBlankLine()) {
                out.append(listEndBlanks);
            }
            listEndBlanks = "";
        }
    }

    private String content(Node n, ListLine orig) {
        return switch (n.kind()) {
            case TOPIC -> topicContent(n, orig);
            case STANCE_LINE -> stanceContent(n, orig);
            default -> n.name();
        };
    }

    private String topicContent(Node n, ListLine orig) {
        String tokens = tokens(n);
        if (tokens.isEmpty()) {
            return topicNeedsColon(n, true) ? n.name() + ":" : n.name();
        }
        if (orig != null) {
            int start = InlineList.listStart(orig.content());
            if (start > 0 && orig.content().substring(0, orig.content().lastIndexOf(':', start)).strip()
                    .equals(n.name())) {
                return orig.content().substring(0, start) + tokens;
            }
        }
        return n.name() + ": " + tokens;
    }

    /**
     * Whether a topic must end in a colon to read back as a topic: it has no comma list, and no stance line comes
     * first under it (a bullet over other bullets is otherwise a skill item with sub-points), or notes stand between
     * it and its first stance line.
     *
     * @param anew the line is written anew; else it keeps its old line, whose notes were already read as a topic's
     */
    private boolean topicNeedsColon(Node n, boolean anew) {
        List<Node> kids = outline.children(n.id());
        boolean newNotes = !n.notes().isEmpty() && (anew || n.source() == null
                || !n.notes().equals(Notes.fromTail(n.source().tail())));
        return kids.stream().noneMatch(Node::inline)
                && (kids.isEmpty() || kids.get(0).kind() != NodeKind.STANCE_LINE || newNotes);
    }

    private String stanceContent(Node n, ListLine orig) {
        String head = n.stance() == null ? n.name() + ": " : n.stance().label() + ": ";
        if (orig != null) {
            int colon = orig.content().indexOf(':');
            Optional<Stance> was = colon > 0 ? Stance.parse(orig.content().substring(0, colon)) : Optional.empty();
            if (was.isPresent() && was.get() == n.stance()) {
                int start = colon + 1;
                while (start < orig.content().length() && Character.isWhitespace(orig.content().charAt(start))) {
                    start++;
                }
                head = orig.content().substring(0, start);
                if (!head.endsWith(" ") && !head.endsWith("\t")) {
                    head += " ";
                }
            }
        }
        String tokens = tokens(n);
        return tokens.isEmpty() ? head.stripTrailing() : head + tokens;
    }

    private String tokens(Node parent) {
        StringBuilder sb = new StringBuilder();
        for (Node child : outline.children(parent.id())) {
            if (!child.inline()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            Source s = child.source();
            boolean same = s != null && Fingerprint.statePart(s.fingerprint()).equals(Fingerprint.state(outline, child));
            sb.append(same ? s.lead() : InlineList.write(child.name(), child.link(), child.done(), child.doneOn()));
        }
        return sb.toString();
    }

    /** Indent and marker for a node written anew: like its previous sibling, else nested under its parent. */
    private String freshPrefix(Node n) {
        List<Node> siblings = outline.children(n.parentId());
        for (int i = siblings.indexOf(n) - 1; i >= 0; i--) {
            String p = writtenPrefix.get(siblings.get(i).id());
            if (p != null) {
                return p;
            }
        }
        return " ".repeat(contentColumn.getOrDefault(n.parentId(), 0)) + "- ";
    }

    private void tail(Node n, int column) {
        Source src = n.source();
        if (src != null && n.notes().equals(Notes.fromTail(src.tail()))) {
            out.append(src.tail());
        } else if (!n.notes().isEmpty() || src != null) {
            boolean tactical = n.kind() == NodeKind.TACTICAL || outline.ancestor(n, NodeKind.TACTICAL).isPresent();
            out.append(Notes.toTail(n.notes(), column, src == null ? "" : src.tail(), eol, tactical && column < 4));
        }
    }

    private boolean unchanged(Node n) {
        Source src = n.source();
        return src != null && Fingerprint.matches(src.fingerprint(), outline, n);
    }

    private int headingLevel(Node n) {
        if (n.source() != null) {
            Optional<Heading> h = Heading.parse(stripEol(n.source().lead()));
            if (h.isPresent()) {
                return h.get().level();
            }
        }
        if (n.kind() == NodeKind.YEAR) {
            for (Node root : outline.roots()) {
                if (root.kind() == NodeKind.YEAR && root.source() != null) {
                    Optional<Heading> h = Heading.parse(stripEol(root.source().lead()));
                    if (h.isPresent()) {
                        return h.get().level();
                    }
                }
            }
            return 2;
        }
        return outline.parent(n).map(this::headingLevel).orElse(2) + 1;
    }

    /** Ensures the next text starts on a new line (a page or tail may end without a line ending). */
    private void startLine() {
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) != '\n') {
            out.append(eol);
        }
    }

    /** Separates a new heading or page from a list above it; text above it is left alone (it may be a page's). */
    private void blankLineAfterList() {
        if (inList && !endsWithBlankLine()) {
            out.append(eol);
        }
    }

    private boolean endsWithBlankLine() {
        String s = out.length() > 4 ? out.substring(out.length() - 4) : out.toString();
        return s.endsWith("\n\n") || s.endsWith("\n\r\n");
    }

    private static int trailingSpaces(String prefix) {
        int n = 0;
        for (int i = prefix.length() - 1; i >= 0 && (prefix.charAt(i) == ' ' || prefix.charAt(i) == '\t'); i--) {
            n++;
        }
        return n;
    }

    private static String stripEol(String s) {
        if (s.endsWith("\r\n")) {
            return s.substring(0, s.length() - 2);
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
