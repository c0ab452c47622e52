package org.goalbook.markdown;

import java.util.ArrayList;
import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.PageSections;

/**
 * Tree nodes as Markdown on the clipboard: copy writes a node and everything below it as a nested bullet list in the
 * journal's style (comma-list items as the journal export writes them); paste reads such a list (see
 * {@link ListPaste}). A page copies as its whole text, the pages nested under it included.
 */
public final class MarkdownList {
    private MarkdownList() {
    }

    public static String copy(Outline outline, long id) {
        Node n = outline.get(id);
        if (n.kind() == NodeKind.PAGE) {
            // With the pages nested under it, as Cut deletes them.
            StringBuilder text = new StringBuilder();
            PageSections.of(outline).section(id).forEach(p -> text.append(p.notes()));
            return text.toString();
        }
        StringBuilder out = new StringBuilder();
        write(outline, n, 0, out);
        return out.toString();
    }

    private static void write(Outline outline, Node n, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append("- ");
        if (n.kind() == NodeKind.STANCE_LINE) {
            out.append(n.stance() == null ? n.name() : n.stance().label()).append(": ")
                    .append(commaList(outline.children(n.id()))).append('\n');
            return;
        }
        if (n.kind().isTickable()) {
            out.append(n.done() ? "[x] " : "[ ] ");
        }
        out.append(n.name());
        List<Node> children = outline.children(n.id());
        boolean afterColon = n.kind() == NodeKind.TOPIC && !children.isEmpty() && children.get(0).inline();
        if (afterColon) {
            out.append(": ").append(commaList(children.stream().filter(Node::inline).toList()));
        }
        if (n.stance() != null && n.kind() == NodeKind.ITEM) {
            Node parent = outline.parent(n).orElse(null);
            if (parent == null || parent.kind() != NodeKind.STANCE_LINE) {
                out.append(" (").append(n.stance().label()).append(')');
            }
        }
        out.append('\n');
        for (Node child : children) {
            if (!(afterColon && child.inline())) {
                write(outline, child, depth + 1, out);
            }
        }
    }

    /** Items written as the journal export writes a comma list: links kept, done ones with their day. */
    private static String commaList(List<Node> items) {
        List<String> out = new ArrayList<>();
        for (Node item : items) {
            out.add(InlineList.write(item.name(), item.link(), item.done(), item.doneOn()));
        }
        return String.join(", ", out);
    }
}
