package org.goalbook.store;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.goalbook.model.NodeKind;

/**
 * Which kind of node may hold which: the outline's shape (common.md "Tree shape"), as {@code check()} enforces it on
 * a stored notebook. Every parent/child pair the journal importer makes is in here ({@code ImportedJournalStoreTest}).
 */
final class TreeRules {
    private static final Map<NodeKind, Set<NodeKind>> PARENTS = new EnumMap<>(NodeKind.class);

    static {
        PARENTS.put(NodeKind.PAGE, EnumSet.noneOf(NodeKind.class));
        PARENTS.put(NodeKind.YEAR, EnumSet.noneOf(NodeKind.class));
        PARENTS.put(NodeKind.STRATEGIC, EnumSet.of(NodeKind.YEAR));
        PARENTS.put(NodeKind.TACTICAL, EnumSet.of(NodeKind.YEAR));
        // A year written without Strategic/Tactical headings holds its goals directly; goals nest as sub-points.
        PARENTS.put(NodeKind.GOAL, EnumSet.of(NodeKind.YEAR, NodeKind.STRATEGIC, NodeKind.GOAL));
        PARENTS.put(NodeKind.AREA, EnumSet.of(NodeKind.TACTICAL));
        PARENTS.put(NodeKind.TOPIC, EnumSet.of(NodeKind.AREA));
        PARENTS.put(NodeKind.STANCE_LINE, EnumSet.of(NodeKind.AREA, NodeKind.TOPIC));
        PARENTS.put(NodeKind.ITEM, EnumSet.of(NodeKind.AREA, NodeKind.TOPIC, NodeKind.STANCE_LINE, NodeKind.ITEM));
    }

    private TreeRules() {
    }

    /** The kinds a node of this kind may stand under; empty: it stands at the top level. */
    static Set<NodeKind> allowedParents(NodeKind kind) {
        return PARENTS.get(kind);
    }

    /** Whether an item written inside its parent's line ("Maintain: a, b", "SSO: Okta") may stand under it. */
    static boolean holdsInlineItems(NodeKind parent) {
        return parent == NodeKind.STANCE_LINE || parent == NodeKind.TOPIC;
    }
}
