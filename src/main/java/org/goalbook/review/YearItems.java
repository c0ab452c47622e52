package org.goalbook.review;

import java.util.ArrayList;
import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;

/**
 * One year of a notebook and its skill items in document order, with the stance each one has: its own, or for an
 * item in a "Maintain: a, b" line without one, the line's.
 *
 * @param year  the year's number, e.g. 2022
 * @param node  the year's node
 * @param items every skill item of the year, in document order
 */
public record YearItems(int year, Node node, List<Node> items) {

    static YearItems of(Outline outline, Node yearNode, int year) {
        List<Node> items = new ArrayList<>();
        outline.walk(yearNode.id(), n -> {
            if (n.kind() == NodeKind.ITEM) {
                items.add(n);
            }
        });
        return new YearItems(year, yearNode, List.copyOf(items));
    }

    /** The item's stance as the radar and the review read it, or null for none. */
    public static Stance stance(Outline outline, Node item) {
        return outline.stance(item);
    }

    /** The items that have a stance, in document order: the year's radar blips. */
    public List<Node> stanced(Outline outline) {
        return items.stream().filter(i -> stance(outline, i) != null).toList();
    }
}
