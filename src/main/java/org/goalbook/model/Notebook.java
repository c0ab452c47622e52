package org.goalbook.model;

import java.util.List;

/** Everything a notebook holds, as one immutable value: metadata, the outline of pages and years, resources. */
public record Notebook(NotebookMeta meta, Outline outline, List<Resource> resources) {
    public Notebook {
        meta = meta == null ? NotebookMeta.empty() : meta;
        outline = outline == null ? new Outline(List.of()) : outline;
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}
