package org.goalbook.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Outline;
import org.goalbook.model.Resource;
import org.goalbook.model.Stance;

/** Builds test notebooks straight from nodes: ids 1..n in the order added, positions in the order added. */
final class NotebookBuilder {
    private final List<Node> nodes = new ArrayList<>();
    private final List<Resource> resources = new ArrayList<>();
    private NotebookMeta meta = NotebookMeta.empty();

    long add(long parentId, NodeKind kind, String name) {
        int position = (int) nodes.stream().filter(n -> n.parentId() == parentId).count();
        long id = nodes.size() + 1;
        nodes.add(new Node(id, parentId, position, kind, name, null, false, null, null, "", false, null));
        return id;
    }

    long year(int year) {
        return add(0, NodeKind.YEAR, String.valueOf(year));
    }

    long item(long parentId, String name, Stance stance) {
        long id = add(parentId, NodeKind.ITEM, name);
        change(id, n -> n.withStance(stance));
        return id;
    }

    /** A stance line with its items written inline, as "Maintain: a, b" is. Returns the items' ids. */
    List<Long> stanceLine(long parentId, Stance stance, String... names) {
        long line = add(parentId, NodeKind.STANCE_LINE, stance.label());
        change(line, n -> n.withStance(stance));
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            long id = item(line, name, stance);
            change(id, n -> n.withInline(true));
            ids.add(id);
        }
        return ids;
    }

    NotebookBuilder change(long id, UnaryOperator<Node> edit) {
        int i = (int) id - 1;
        nodes.set(i, edit.apply(nodes.get(i)));
        return this;
    }

    NotebookBuilder meta(NotebookMeta newMeta) {
        meta = newMeta;
        return this;
    }

    NotebookBuilder resource(Resource r) {
        resources.add(r);
        return this;
    }

    Notebook build() {
        return new Notebook(meta, new Outline(nodes), resources);
    }
}
