package org.goalbook.model;

import java.util.ArrayList;
import java.util.List;

/** Builds small outlines for tests, one node per call, ids counting up from 1, positions in call order. */
public final class PlanBuilder {
    private final List<Node> nodes = new ArrayList<>();
    private long nextId = 1;

    /** Adds a node under {@code parentId} (0: top level) and returns its id. */
    public long add(long parentId, NodeKind kind, String name) {
        return add(parentId, kind, name, null, false);
    }

    public long add(long parentId, NodeKind kind, String name, Stance stance, boolean done) {
        long id = nextId++;
        int position = (int) nodes.stream().filter(n -> n.parentId() == parentId).count();
        boolean inline = parentId != 0 && nodes.stream()
                .anyMatch(n -> n.id() == parentId && n.kind() == NodeKind.STANCE_LINE);
        // As the importer reads it: a goal's or item's name that is one Markdown link carries that link.
        String link = kind.isTickable() && !inline ? LinkedName.urlOf(name) : null;
        nodes.add(new Node(id, parentId, position, kind, name, stance, done, null, link, "", inline, null));
        return id;
    }

    /** Replaces the notes of a node already added. */
    public PlanBuilder notes(long id, String notes) {
        nodes.replaceAll(n -> n.id() == id ? n.withNotes(notes) : n);
        return this;
    }

    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    public Outline outline() {
        return new Outline(nodes);
    }

    public Notebook notebook() {
        return new Notebook(NotebookMeta.empty(), outline(), List.of());
    }
}
