package org.goalbook.markdown.preview;

import com.vladsch.flexmark.util.ast.Document;

/**
 * A note's Markdown parsed once: the text and its flexmark syntax tree, which renders the preview and can be
 * reused by anyone else who needs the structure (outline, word count) without parsing again.
 * The tree is flexmark's mutable {@link Document}; treat it as read-only.
 */
public record ParsedMarkdown(String source, Document document) {
}
