package org.goalbook.model;

import java.util.List;

/**
 * Everything a notebook holds, as one immutable value: metadata, the outline of pages and years, resources and the
 * inbox.
 */
public record Notebook(NotebookMeta meta, Outline outline, List<Resource> resources, List<InboxEntry> inbox) {
    public Notebook {
        meta = meta == null ? NotebookMeta.empty() : meta;
        outline = outline == null ? new Outline(List.of()) : outline;
        resources = resources == null ? List.of() : List.copyOf(resources);
        inbox = inbox == null ? List.of() : List.copyOf(inbox);
    }

    /** A notebook with an empty inbox. */
    public Notebook(NotebookMeta meta, Outline outline, List<Resource> resources) {
        this(meta, outline, resources, List.of());
    }
}
