package org.goalbook.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.goalbook.markdown.FirstParagraph;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;
import org.goalbook.review.Movement;
import org.goalbook.review.NotebookYears;
import org.goalbook.review.RadarQuadrants;
import org.goalbook.review.StanceHistory;
import org.goalbook.review.YearItems;

/**
 * One year's skill items as a technology radar, ready to be written in either tool's format
 * (rules in docs/radar-export.md).
 *
 * @param year      the year shown
 * @param quadrants the four quadrants
 * @param blips     the items with a stance, Adopt ring first, then by quadrant, then in document order
 */
record Radar(int year, RadarQuadrants quadrants, List<Blip> blips) {

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

    /** Zalando's {@code moved} value for a movement. */
    static int code(Movement movement) {
        return switch (movement) {
            case NEW -> 2;
            case MOVED_IN -> 1;
            case UNCHANGED -> 0;
            case MOVED_OUT -> -1;
        };
    }

    static Radar of(Notebook notebook, int year) {
        Outline outline = notebook.outline();
        NotebookYears years = NotebookYears.of(outline);
        YearItems yearItems = years.year(year)
                .orElseThrow(() -> new ExchangeException("no year " + year + " in this notebook"));
        List<Node> items = yearItems.stanced(outline);
        RadarQuadrants quadrants = RadarQuadrants.of(outline, items);
        List<Blip> blips = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            Stance stance = YearItems.stance(outline, item);
            String description = FirstParagraph.of(item.notes());
            if (description.isEmpty()) {
                description = outline.ancestor(item, NodeKind.TOPIC).map(Node::displayName).orElse("");
            }
            blips.add(new Blip(item.displayName(), stance, quadrants.indexes().get(i),
                    StanceHistory.movement(years, item, year), description, item.link()));
        }
        // The CSV tool orders rings by first appearance, so Adopt rows must come first.
        blips.sort(Comparator.comparingInt(Blip::ring).thenComparingInt(Blip::quadrant));
        return new Radar(year, quadrants, List.copyOf(blips));
    }
}
