package org.goalbook.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The goals and items of a year as the new-year dialog lists them: grouped by area, the strategic goals in a group
 * of their own, each line with its topic and depth so that sub-points read under their goal.
 *
 * @param name  the area's name, "Strategic", or "Goals" for a year written as a plain list
 * @param lines the group's goals and items in document order
 */
public record CarryGroup(String name, List<Line> lines) {

    /**
     * One goal or item that can be carried.
     *
     * @param node   the goal or item in the old year
     * @param depth  0 for a goal or item, 1 for its sub-point, and so on
     * @param topic  the topic it stands in ("App Frameworks"), or null
     * @param stance its stance as read (its own or its stance line's), or null
     */
    public record Line(Node node, int depth, String topic, Stance stance) {
    }

    /** The groups of {@code yearId}, in the order the year writes them. */
    public static List<CarryGroup> of(Outline outline, long yearId) {
        Map<Long, List<Line>> groups = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        outline.walk(yearId, n -> {
            if (!n.kind().isTickable()) {
                return;
            }
            Node home = outline.ancestor(n, NodeKind.AREA)
                    .or(() -> outline.ancestor(n, NodeKind.STRATEGIC))
                    .or(() -> outline.ancestor(n, NodeKind.TACTICAL))
                    .orElse(outline.get(yearId));
            names.putIfAbsent(home.id(), home.kind() == NodeKind.YEAR ? "Goals" : home.displayName());
            int depth = 0;
            for (var p = outline.parent(n); p.isPresent() && p.get().kind().isTickable(); p = outline.parent(p.get())) {
                depth++;
            }
            String topic = outline.ancestor(n, NodeKind.TOPIC).map(Node::displayName).orElse(null);
            groups.computeIfAbsent(home.id(), k -> new ArrayList<>())
                    .add(new Line(n, depth, topic, n.kind() == NodeKind.ITEM ? outline.stance(n) : null));
        });
        List<CarryGroup> out = new ArrayList<>();
        groups.forEach((id, lines) -> out.add(new CarryGroup(names.get(id), List.copyOf(lines))));
        return List.copyOf(out);
    }
}
