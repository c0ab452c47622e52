package org.goalbook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What may stand under what in a notebook's outline: the shapes the journal format can hold and read back the same
 * (docs/journal-format.md). The store's health check, the edit planners, the window's moves and new lines, the list
 * paste and the command line all ask here; see docs/decisions/outline-shape.md.
 */
public final class OutlineShape {
    private static final Map<NodeKind, Set<NodeKind>> PARENTS = new EnumMap<>(NodeKind.class);

    static {
        PARENTS.put(NodeKind.PAGE, EnumSet.noneOf(NodeKind.class));
        PARENTS.put(NodeKind.YEAR, EnumSet.noneOf(NodeKind.class));
        PARENTS.put(NodeKind.STRATEGIC, EnumSet.of(NodeKind.YEAR));
        PARENTS.put(NodeKind.TACTICAL, EnumSet.of(NodeKind.YEAR));
        // A year written without Strategic/Tactical headings holds its goals directly; goals nest as sub-points.
        PARENTS.put(NodeKind.GOAL, EnumSet.of(NodeKind.YEAR, NodeKind.STRATEGIC, NodeKind.GOAL));
        PARENTS.put(NodeKind.AREA, EnumSet.of(NodeKind.TACTICAL));
        // A list written under "Tactical" before its first area line is read as topics, stance lines and items.
        PARENTS.put(NodeKind.TOPIC, EnumSet.of(NodeKind.TACTICAL, NodeKind.AREA));
        PARENTS.put(NodeKind.STANCE_LINE, EnumSet.of(NodeKind.TACTICAL, NodeKind.AREA, NodeKind.TOPIC));
        PARENTS.put(NodeKind.ITEM, EnumSet.of(NodeKind.TACTICAL, NodeKind.AREA, NodeKind.TOPIC, NodeKind.STANCE_LINE,
                NodeKind.ITEM));
        // No kind stands under a page: a page is Markdown kept exactly as written, its tasks are part of its text.
    }

    private OutlineShape() {
    }

    /** The kinds a node of this kind may stand under; empty: it stands at the top level. */
    public static Set<NodeKind> allowedParents(NodeKind kind) {
        return Collections.unmodifiableSet(PARENTS.get(kind));
    }

    /** Whether a node of kind {@code child} may stand under a parent of kind {@code parent} (null: the top level). */
    public static boolean fits(NodeKind child, NodeKind parent) {
        return parent == null ? child.isTopLevel() : PARENTS.get(child).contains(parent);
    }

    /** Whether an item written inside its parent's line ("Maintain: a, b", "SSO: Okta") may stand under it. */
    public static boolean holdsInlineItems(NodeKind parent) {
        return parent == NodeKind.STANCE_LINE || parent == NodeKind.TOPIC;
    }

    /** Whether "Maintain: …" lines may stand under a node of this kind, so that its items can take a stance. */
    public static boolean holdsStanceLines(NodeKind kind) {
        return PARENTS.get(NodeKind.STANCE_LINE).contains(kind);
    }

    /** The kind a new line under a parent of this kind gets (null: the top level, a year). */
    public static NodeKind childKind(NodeKind parentKind) {
        if (parentKind == null) {
            return NodeKind.YEAR;
        }
        return switch (parentKind) {
            case YEAR, STRATEGIC, GOAL -> NodeKind.GOAL;
            case TACTICAL -> NodeKind.AREA;
            case AREA -> NodeKind.TOPIC;
            case TOPIC, STANCE_LINE, ITEM -> NodeKind.ITEM;
            case PAGE -> null;
        };
    }

    /**
     * The first child out of order among a parent's children, or -1: under Tactical, an area is a paragraph line that
     * takes every list line after it, so topics, stance lines and items written there come before the first area.
     */
    public static int outOfOrder(NodeKind parent, List<NodeKind> children) {
        if (parent != NodeKind.TACTICAL) {
            return -1;
        }
        boolean area = false;
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) == NodeKind.AREA) {
                area = true;
            } else if (area) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Why {@code node} cannot stand at {@code index} (-1: the end) among the children of {@code parentId} (0: the top
     * level) in {@code outline}, in words for the user; null when it can. The node may be new (id 0 or negative) or
     * already in the outline (a move).
     */
    public static String refusal(Outline outline, Node node, long parentId, int index) {
        for (long p = parentId; p != 0 && node.id() > 0; p = outline.get(p).parentId()) {
            if (p == node.id()) {
                return "\"" + node.displayName() + "\" cannot move inside itself.";
            }
        }
        if (node.kind().isTopLevel() != (parentId == 0)) {
            return "Years and pages stay at the top level; everything else stays inside a year.";
        }
        Node parent = parentId == 0 ? null : outline.get(parentId);
        if (parent == null) {
            return null;
        }
        if (parent.kind() == NodeKind.PAGE) {
            return "Pages hold Markdown text; write in the editor to add to \"" + parent.displayName() + "\".";
        }
        if (parent.inline()) {
            return "\"" + parent.displayName() + "\" is in a comma list, which cannot hold sub-points.";
        }
        if (!fits(node.kind(), parent.kind())) {
            return "\"" + node.displayName() + "\" is " + described(node.kind()) + " and cannot go into \""
                    + parent.displayName() + "\", which is " + described(parent.kind()) + ".";
        }
        List<NodeKind> kinds = new ArrayList<>();
        List<Node> siblings = outline.children(parentId).stream().filter(s -> s.id() != node.id()).toList();
        siblings.forEach(s -> kinds.add(s.kind()));
        kinds.add(index < 0 || index > kinds.size() ? kinds.size() : index, node.kind());
        if (outOfOrder(parent.kind(), kinds) >= 0) {
            return "Under \"" + parent.displayName() + "\" the list lines come before the first area, or the journal "
                    + "would read them as part of that area; \"" + node.displayName() + "\" cannot go there.";
        }
        return null;
    }

    /** "a skill item", "an area": for messages. */
    public static String described(NodeKind kind) {
        return switch (kind) {
            case PAGE -> "a page";
            case YEAR -> "a year";
            case STRATEGIC -> "the Strategic heading";
            case TACTICAL -> "the Tactical heading";
            case GOAL -> "a goal";
            case AREA -> "an area";
            case TOPIC -> "a topic";
            case STANCE_LINE -> "a stance line";
            case ITEM -> "a skill item";
        };
    }

    /** "stance line": the kind as a word, for messages about stored rows. */
    public static String word(NodeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
