package org.goalbook.ui.tree;

import java.util.Map;
import java.util.Set;

import org.goalbook.model.NodeKind;

/** Which kinds of node may stand directly under which: the journal's shape, so that moves keep it writable. */
final class Placement {
    private static final Map<NodeKind, Set<NodeKind>> CHILDREN = Map.of(
            NodeKind.YEAR, Set.of(NodeKind.STRATEGIC, NodeKind.TACTICAL, NodeKind.GOAL),
            NodeKind.STRATEGIC, Set.of(NodeKind.GOAL),
            NodeKind.GOAL, Set.of(NodeKind.GOAL),
            NodeKind.TACTICAL, Set.of(NodeKind.AREA),
            NodeKind.AREA, Set.of(NodeKind.TOPIC, NodeKind.STANCE_LINE, NodeKind.ITEM),
            NodeKind.TOPIC, Set.of(NodeKind.STANCE_LINE, NodeKind.ITEM),
            NodeKind.STANCE_LINE, Set.of(NodeKind.ITEM),
            NodeKind.ITEM, Set.of(NodeKind.ITEM),
            NodeKind.PAGE, Set.of(NodeKind.ITEM));

    private Placement() {
    }

    /** Whether a node of kind {@code child} may stand under a parent of kind {@code parent} (null: the top level). */
    static boolean fits(NodeKind child, NodeKind parent) {
        if (parent == null) {
            return child.isTopLevel();
        }
        return CHILDREN.getOrDefault(parent, Set.of()).contains(child);
    }

    /** "a skill item", "an area": for messages. */
    static String described(NodeKind kind) {
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
}
