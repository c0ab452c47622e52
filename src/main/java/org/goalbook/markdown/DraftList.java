package org.goalbook.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.goalbook.model.NodeKind;

/** The drafts of one import, numbered 1, 2, 3 … in document order. */
final class DraftList {
    private final List<Draft> all = new ArrayList<>();
    private final Map<Long, Draft> byId = new HashMap<>();
    private int roots;

    Draft root(NodeKind kind) {
        return add(new Draft(all.size() + 1L, roots++, kind));
    }

    Draft child(Draft parent, NodeKind kind) {
        return add(new Draft(all.size() + 1L, parent, kind));
    }

    Draft parentOf(Draft d) {
        return byId.get(d.parentId);
    }

    List<Draft> all() {
        return all;
    }

    private Draft add(Draft d) {
        all.add(d);
        byId.put(d.id, d);
        return d;
    }
}
