package org.goalbook.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.goalbook.markdown.FirstParagraph;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;

/**
 * One year's skill items as a technology radar, ready to be written in either tool's format
 * (rules in docs/radar-export.md).
 *
 * @param year      the year shown
 * @param quadrants the four quadrants
 * @param blips     the items with a stance, Adopt ring first, then by quadrant, then in document order
 */
record Radar(int year, RadarQuadrants quadrants, List<Blip> blips) {

    /** How a blip changed since the previous radar; {@code code} is Zalando's {@code moved} value. */
    enum Movement {
        NEW(2), MOVED_IN(1), UNCHANGED(0), MOVED_OUT(-1);

        final int code;

        Movement(int code) {
            this.code = code;
        }
    }

    /** The rings from the inside out, as both tools number them. */
    static final List<String> RINGS = List.of("Adopt", "Trial", "Assess", "Hold");

    record Blip(String name, Stance stance, int quadrant, Movement movement, String description, String link) {
        /** The ring's index in {@link #RINGS}, 0 = Adopt. */
        int ring() {
            return Radar.ring(stance);
        }
    }

    static int ring(Stance stance) {
        return RINGS.indexOf(stance.ring());
    }

    static Radar of(Notebook notebook, int year) {
        Outline outline = notebook.outline();
        Node yearNode = year(outline, year)
                .orElseThrow(() -> new ExchangeException("no year " + year + " in this notebook"));
        List<Node> items = skillItems(outline, yearNode);
        Map<String, Stance> before = previous(outline, year).map(y -> stances(outline, y)).orElse(Map.of());
        RadarQuadrants quadrants = RadarQuadrants.of(items.stream()
                .map(i -> outline.ancestor(i, NodeKind.AREA).map(Node::displayName).orElse(null)).toList());
        List<Blip> blips = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Stance stance = stance(outline, item);
            String description = FirstParagraph.of(item.notes());
            if (description.isEmpty()) {
                description = outline.ancestor(item, NodeKind.TOPIC).map(Node::displayName).orElse("");
            }
            blips.add(new Blip(item.displayName(), stance, quadrants.indexes().get(i),
                    movement(before.get(key(item)), stance), description, item.link()));
        }
        // The CSV tool orders rings by first appearance, so Adopt rows must come first.
        blips.sort(Comparator.comparingInt(Blip::ring).thenComparingInt(Blip::quadrant));
        return new Radar(year, quadrants, List.copyOf(blips));
    }

    private static Optional<Node> year(Outline outline, int year) {
        return outline.roots().stream()
                .filter(n -> n.kind() == NodeKind.YEAR && yearNumber(n).orElse(-1) == year).findFirst();
    }

    /** The nearest earlier year in the notebook: the radar this one is compared with. */
    private static Optional<Node> previous(Outline outline, int year) {
        return outline.roots().stream().filter(n -> n.kind() == NodeKind.YEAR && yearNumber(n).orElse(year) < year)
                .max(Comparator.comparingInt(n -> yearNumber(n).orElseThrow()));
    }

    private static Optional<Integer> yearNumber(Node yearNode) {
        try {
            return Optional.of(Integer.parseInt(yearNode.displayName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Skill items of the year with a stance, in document order. */
    private static List<Node> skillItems(Outline outline, Node yearNode) {
        List<Node> items = new ArrayList<>();
        outline.walk(yearNode.id(), n -> {
            if (n.kind() == NodeKind.ITEM && stance(outline, n) != null) {
                items.add(n);
            }
        });
        return items;
    }

    /** The item's own stance; an item in a "Maintain: a, b" line that has none takes the line's. */
    private static Stance stance(Outline outline, Node item) {
        if (item.stance() != null) {
            return item.stance();
        }
        return outline.parent(item).filter(p -> p.kind() == NodeKind.STANCE_LINE).map(Node::stance).orElse(null);
    }

    /** Each item's stance by its name as the radar matches it; the first of two same-named items counts. */
    private static Map<String, Stance> stances(Outline outline, Node yearNode) {
        Map<String, Stance> out = new HashMap<>();
        skillItems(outline, yearNode).forEach(i -> out.putIfAbsent(key(i), stance(outline, i)));
        return out;
    }

    private static String key(Node item) {
        return item.displayName().strip().toLowerCase(Locale.ROOT);
    }

    private static Movement movement(Stance before, Stance now) {
        if (before == null) {
            return Movement.NEW;
        }
        int change = Integer.compare(ring(now), ring(before));
        return change < 0 ? Movement.MOVED_IN : change > 0 ? Movement.MOVED_OUT : Movement.UNCHANGED;
    }
}
