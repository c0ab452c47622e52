package org.goalbook.markdown.preview;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Writes {@code data-pos="start-end"} (character offsets in the Markdown text) on every block element, so the
 * editor and the preview can scroll together and a task box can be traced back to its source line.
 */
final class SourceOffsets implements AttributeProvider {
    static final String ATTRIBUTE = "data-pos";

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Block && !(node instanceof Document)) {
            attributes.replaceValue(ATTRIBUTE, node.getStartOffset() + "-" + node.getEndOffset());
        }
    }

    /** The start offset written by {@link #setAttributes}, or -1 where the value is not ours. */
    static int start(String value) {
        int dash = value.indexOf('-');
        try {
            return dash > 0 ? Integer.parseInt(value.substring(0, dash)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static IndependentAttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new SourceOffsets();
            }
        };
    }
}
