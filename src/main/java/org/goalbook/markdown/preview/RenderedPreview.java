package org.goalbook.markdown.preview;

import java.util.List;

/**
 * Sanitized preview HTML, split into its top-level blocks (a heading, a paragraph, a list, a table …) so that a
 * view can replace only the blocks that changed since the last render.
 */
public record RenderedPreview(List<PreviewBlock> parts) {
    public RenderedPreview {
        parts = List.copyOf(parts);
    }

    /** A render whose blocks are these HTML strings. */
    public static RenderedPreview of(List<String> blocks) {
        return new RenderedPreview(blocks.stream().map(PreviewBlock::of).toList());
    }

    /** The blocks' HTML, offsets in place. */
    public List<String> blocks() {
        return parts.stream().map(PreviewBlock::html).toList();
    }

    /** The whole body fragment. */
    public String html() {
        return String.join("\n", blocks());
    }
}
