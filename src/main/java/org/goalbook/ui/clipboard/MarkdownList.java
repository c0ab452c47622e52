package org.goalbook.ui.clipboard;

import java.util.ArrayList;
import java.util.List;

import org.goalbook.model.LinkedName;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;

/**
 * Tree nodes as Markdown on the clipboard: copy writes a node and everything below it as a nested bullet list in the
 * journal's style; paste reads such a list (see {@link ListPaste}). A page copies as its whole text.
 */
public final class MarkdownList {
    static final String DONE_MARK = " ✅";

    private MarkdownList() {
    }

    public static String copy(Outline outline, long id) {
        Node n = outline.get(id);
        if (n.kind() == NodeKind.PAGE) {
            return n.notes();
        }
        StringBuilder out = new StringBuilder();
        write(outline, n, 0, out);
        return out.toString();
    }

    private static void write(Outline outline, Node n, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append("- ");
        if (n.kind() == NodeKind.STANCE_LINE) {
            List<String> items = new ArrayList<>();
            for (Node item : outline.children(n.id())) {
                items.add(LinkedName.placed(item, false).name() + (item.done() ? DONE_MARK : ""));
            }
            out.append(n.stance() == null ? n.name() : n.stance().label()).append(": ")
                    .append(String.join(", ", items)).append('\n');
            return;
        }
        if (n.kind().isTickable()) {
            out.append(n.done() ? "[x] " : "[ ] ");
        }
        out.append(n.name());
        if (n.stance() != null && n.kind() == NodeKind.ITEM) {
            Node parent = outline.parent(n).orElse(null);
            if (parent == null || parent.kind() != NodeKind.STANCE_LINE) {
                out.append(" (").append(n.stance().label()).append(')');
            }
        }
        out.append('\n');
        for (Node child : outline.children(n.id())) {
            write(outline, child, depth + 1, out);
        }
    }
}
