package org.goalbook.model;

import java.util.List;

/**
 * Plans a new line next to the selected one (Ctrl+Enter: a sibling of the same kind) or inside it (Insert: the kind
 * its parent calls for), with a placeholder name the user then types over.
 */
public final class NewLine {
    private NewLine() {
    }

    /** The kind of the new line: a sibling is like its neighbour, a child is what the parent holds. */
    public static NodeKind kind(Outline outline, long id, boolean sibling) {
        Node n = outline.get(id);
        check(n, sibling);
        return sibling ? n.kind() : OutlineShape.childKind(n.kind());
    }

    /** "New item", "New goal", …: the name the line gets until the user names it. */
    public static String placeholder(Outline outline, long id, boolean sibling) {
        return "New " + switch (kind(outline, id, sibling)) {
            case GOAL -> "goal";
            case AREA -> "area";
            case TOPIC -> "topic";
            default -> "item";
        };
    }

    /** The changes that add the line; its id is the only negative one. */
    public static List<Change> plan(Outline outline, long id, boolean sibling, String name) {
        Node n = outline.get(id);
        long parentId = sibling ? n.parentId() : id;
        int index = sibling ? outline.children(parentId).indexOf(n) + 1 : -1;
        return OutlineEdits.add(outline, parentId, index, kind(outline, id, sibling), name, null);
    }

    private static void check(Node n, boolean sibling) {
        if (n.kind() == NodeKind.PAGE) {
            throw new EditRefused("Pages hold Markdown text; write in the editor to add to \"" + n.displayName()
                    + "\".");
        }
        if (sibling && n.kind() == NodeKind.YEAR) {
            throw new EditRefused("Years are added with Year › New year….");
        }
        if (sibling && (n.kind() == NodeKind.STRATEGIC || n.kind() == NodeKind.TACTICAL)) {
            throw new EditRefused("A year has one Strategic and one Tactical heading; add inside them instead.");
        }
    }
}
