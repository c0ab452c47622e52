package org.goalbook.model;

/** What a node of a notebook's outline is, in the journal's own words. */
public enum NodeKind {
    /** A Markdown page kept exactly as written; its text is the node's notes. Lives at the top level. */
    PAGE,
    /** "My Goals in YYYY": a year's plan. Lives at the top level. */
    YEAR,
    /** The "Strategic" heading of a year. */
    STRATEGIC,
    /** The "Tactical" heading of a year. */
    TACTICAL,
    /** A strategic goal or one of its sub-points. */
    GOAL,
    /** A tactical area such as "Front End". */
    AREA,
    /** A group of skills inside an area, such as "App Frameworks". */
    TOPIC,
    /** A "Maintain: a, b" line: groups the items that share one stance. Not shown as its own node in the tree. */
    STANCE_LINE,
    /** A skill item: something to maintain, improve, explore or skip, and tick off. */
    ITEM;

    /** Whether nodes of this kind carry a done box. */
    public boolean isTickable() {
        return this == GOAL || this == ITEM;
    }

    /** Whether nodes of this kind stand at the top level of a notebook (in document order). */
    public boolean isTopLevel() {
        return this == PAGE || this == YEAR;
    }
}
