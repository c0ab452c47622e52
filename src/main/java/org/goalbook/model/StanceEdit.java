package org.goalbook.model;

import java.util.List;

/** Plans a stance change so the journal stays readable: items in comma lists move between stance lines. */
final class StanceEdit {
    private StanceEdit() {
    }

    static List<Change> plan(Outline outline, long id, Stance stance) {
        Node n = outline.get(id);
        if (n.kind() != NodeKind.ITEM) {
            throw new EditRefused("Only skill items have a stance; \"" + n.displayName() + "\" is a "
                    + OutlineEdits.label(n.kind()) + ".");
        }
        if (n.stance() == stance) {
            return List.of();
        }
        return List.of(new Change.Put(n.withStance(stance)));
    }
}
