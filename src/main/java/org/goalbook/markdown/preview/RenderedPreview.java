package org.goalbook.markdown.preview;

import java.util.List;

/**
 * Sanitized preview HTML, split into its top-level blocks (a heading, a paragraph, a list, a table …) so that a
 * view can replace only the blocks that changed since the last render.
 */
public record RenderedPreview(List<String> blocks) {
    public RenderedPreview {
        blocks = List.copyOf(blocks);
    }

    /** The whole body fragment. */
    public String html() {
        return String.join("\n", blocks);
    }
}
