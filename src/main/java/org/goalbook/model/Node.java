package org.goalbook.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One node of a notebook's outline: a page, a year, a goal, an area, a topic, a stance line or a skill item.
 *
 * @param id       the store's id, stable across runs; 0 for a node not stored yet
 * @param parentId the parent's id; 0 for a top-level node (page or year)
 * @param position the node's place among its siblings, from 0, in the user's order
 * @param kind     what the node is
 * @param name     the node's text as the user wrote it (Markdown allowed); for a year the year number, e.g. "2022"
 * @param stance   the item's stance, or null for none; for a {@link NodeKind#STANCE_LINE} the line's stance
 * @param done     ticked off
 * @param doneOn   the day it was ticked, or null
 * @param link     the URL when the name is a single Markdown link, or null
 * @param notes    Markdown notes; for a page the page's whole text
 * @param inline   true for an item written inside its parent's line ("Maintain: a, b"), false for one on its own line
 * @param source   how the node was written in an imported journal, or null for a node made in Goalbook
 */
public record Node(long id, long parentId, int position, NodeKind kind, String name, Stance stance, boolean done,
                   LocalDate doneOn, String link, String notes, boolean inline, Source source) {

    public Node {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        notes = notes == null ? "" : notes;
    }

    /** A new node, not stored yet, with no journal source. */
    public static Node of(NodeKind kind, String name) {
        return new Node(0, 0, 0, kind, name, null, false, null, null, "", false, null);
    }

    public Node withId(long newId) {
        return new Node(newId, parentId, position, kind, name, stance, done, doneOn, link, notes, inline, source);
    }

    public Node withParent(long newParentId, int newPosition) {
        return new Node(id, newParentId, newPosition, kind, name, stance, done, doneOn, link, notes, inline, source);
    }

    public Node withName(String newName) {
        return new Node(id, parentId, position, kind, newName, stance, done, doneOn, link, notes, inline, source);
    }

    public Node withStance(Stance newStance) {
        return new Node(id, parentId, position, kind, name, newStance, done, doneOn, link, notes, inline, source);
    }

    public Node withDone(boolean newDone, LocalDate newDoneOn) {
        return new Node(id, parentId, position, kind, name, stance, newDone, newDone ? newDoneOn : null, link, notes,
                inline, source);
    }

    public Node withLink(String newLink) {
        return new Node(id, parentId, position, kind, name, stance, done, doneOn, newLink, notes, inline, source);
    }

    public Node withNotes(String newNotes) {
        return new Node(id, parentId, position, kind, name, stance, done, doneOn, link, newNotes, inline, source);
    }

    /** The node written in a comma list or on its own line; a skill item's link moves into or out of its name. */
    public Node withInline(boolean newInline) {
        return LinkedName.placed(this, newInline);
    }

    public Node withSource(Source newSource) {
        return new Node(id, parentId, position, kind, name, stance, done, doneOn, link, notes, inline, newSource);
    }

    /** The name as plain text for display: Markdown links reduced to their text, emphasis marks removed. */
    public String displayName() {
        return MarkdownText.plain(name);
    }
}
