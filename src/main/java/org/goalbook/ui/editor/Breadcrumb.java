package org.goalbook.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;

/** The path from the year down to a node, as the header above the editor shows it: "2022 › Front End › React". */
public final class Breadcrumb {
    public static final String SEPARATOR = " › ";

    private Breadcrumb() {
    }

    /** The names from the top down, stance lines left out (the tree does not show them either). */
    public static List<String> names(Outline outline, long id) {
        Deque<String> out = new ArrayDeque<>();
        Node n = outline.find(id).orElse(null);
        while (n != null) {
            if (n.kind() != NodeKind.STANCE_LINE) {
                out.addFirst(n.displayName());
            }
            n = outline.parent(n).orElse(null);
        }
        return List.copyOf(out);
    }

    /**
     * The path as wide as {@code fits} allows: names leave from the middle, the one after the year first, and "…"
     * stands for them; the year and the node itself always stay ("2022 › … › App Frameworks › Remix").
     */
    public static String shortened(List<String> names, java.util.function.Predicate<String> fits) {
        List<String> kept = new java.util.ArrayList<>(names);
        String text = String.join(SEPARATOR, kept);
        boolean cut = false;
        while (!fits.test(text) && kept.size() > (cut ? 3 : 2)) {
            kept.remove(1 + (cut ? 1 : 0));
            if (!cut) {
                kept.add(1, "…");
                cut = true;
            }
            text = String.join(SEPARATOR, kept);
        }
        return text;
    }
}
