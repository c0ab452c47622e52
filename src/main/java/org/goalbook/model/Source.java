package org.goalbook.model;

/**
 * How a node was written in the journal it was imported from, so that export can give back the same bytes.
 *
 * @param lead        the node's own text exactly as written: a whole line with its line ending, or for an item in a
 *                    comma list only its token (e.g. {@code "[Remix](https://remix.run/)"})
 * @param tail        the lines that followed the node's own line up to the next node, exactly as written
 *                    (blank lines, paragraphs); empty for comma-list items
 * @param fingerprint the canonical rendering of the node's state when it was imported; while the node still renders
 *                    to the same fingerprint, export writes {@code lead} unchanged
 */
public record Source(String lead, String tail, String fingerprint) {
    public Source {
        lead = lead == null ? "" : lead;
        tail = tail == null ? "" : tail;
        fingerprint = fingerprint == null ? "" : fingerprint;
    }
}
