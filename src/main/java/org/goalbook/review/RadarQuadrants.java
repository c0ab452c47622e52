package org.goalbook.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;

/**
 * Fits a year's areas into the four quadrants of a radar, drawn or exported (see docs/radar-export.md): areas keep
 * their names in document order, blips outside any area go to "Other" after them, and empty quadrants get
 * placeholder names; with more than four, the three areas with the most blips keep their names and every other
 * blip goes to "Other".
 *
 * @param names   the four quadrant names, in the order the tools number them (0 to 3)
 * @param indexes for each blip given to {@link #of}, the index of its quadrant in {@code names}
 */
public record RadarQuadrants(List<String> names, List<Integer> indexes) {
    public static final int COUNT = 4;
    /** Where blips go that have no area, or whose area did not get a quadrant of its own. */
    public static final String OTHER = "Other";
    /** What the window and the pictures call an empty quadrant; its placeholder name is for the export tools only. */
    public static final String NO_AREA = "No area";

    /** The quadrants of a year's stanced items, each item's quadrant from its area. */
    public static RadarQuadrants of(Outline outline, List<Node> items) {
        return of(items.stream().map(i -> outline.ancestor(i, NodeKind.AREA)
                .map(Node::displayName).orElse(null)).toList());
    }

    /** @param areaOfEachBlip each blip's area name in document order, or null for a blip outside any area */
    public static RadarQuadrants of(List<String> areaOfEachBlip) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (String area : areaOfEachBlip) {
            sizes.merge(area == null ? OTHER : area, 1, Integer::sum);
        }
        boolean other = sizes.containsKey(OTHER);
        List<String> areas = sizes.keySet().stream().filter(a -> !a.equals(OTHER)).toList();
        if (areas.size() + (other ? 1 : 0) > COUNT) {
            List<String> largest = areas.stream()
                    .sorted(Comparator.comparing(sizes::get).reversed()) // stable: ties keep document order
                    .limit(COUNT - 1).toList();
            areas = areas.stream().filter(largest::contains).toList();
            other = true;
        }
        List<String> names = new ArrayList<>(areas);
        if (other) {
            names.add(OTHER); // the catch-all comes after the areas that kept their names
        }
        fillWithPlaceholders(names);
        List<String> kept = areas;
        List<Integer> indexes = areaOfEachBlip.stream().map(a -> {
            int i = a == null ? -1 : kept.indexOf(a);
            return i >= 0 ? i : kept.size();
        }).toList();
        return new RadarQuadrants(List.copyOf(names), indexes);
    }

    /** Empty quadrants still need distinct names: both tools draw four, and the CSV tool tells them apart by name. */
    private static void fillWithPlaceholders(List<String> names) {
        Set<String> used = new HashSet<>(names);
        for (int n = 1; names.size() < COUNT; n++) {
            String placeholder = "(empty " + n + ")";
            if (used.add(placeholder)) {
                names.add(placeholder);
            }
        }
    }

    /** The quadrant's name as the window and the pictures show it: its area, "Other", or "No area" when empty. */
    public String title(int index) {
        return isPlaceholder(index) ? NO_AREA : names.get(index);
    }

    /** Whether the quadrant at {@code index} holds no blips and only has a placeholder name. */
    public boolean isPlaceholder(int index) {
        return !indexes.contains(index);
    }
}
