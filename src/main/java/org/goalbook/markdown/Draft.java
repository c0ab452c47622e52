package org.goalbook.markdown;

import java.time.LocalDate;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Source;
import org.goalbook.model.Stance;

/** A node while the importer builds it: mutable until the whole journal is read. */
final class Draft {
    final long id;
    final long parentId;
    final int position;
    final NodeKind kind;
    String name = "";
    Stance stance;
    boolean done;
    LocalDate doneOn;
    String link;
    boolean inline;
    String lead = "";
    final StringBuilder tail = new StringBuilder();
    int children;

    Draft(long id, Draft parent, NodeKind kind) {
        this.id = id;
        this.parentId = parent == null ? 0 : parent.id;
        this.position = parent == null ? -1 : parent.children++;
        this.kind = kind;
    }

    Draft(long id, int rootPosition, NodeKind kind) {
        this.id = id;
        this.parentId = 0;
        this.position = rootPosition;
        this.kind = kind;
    }

    Node toNode(String notes) {
        return new Node(id, parentId, position, kind, name, stance, done, doneOn, link, notes, inline,
                new Source(lead, tail.toString(), ""));
    }
}
