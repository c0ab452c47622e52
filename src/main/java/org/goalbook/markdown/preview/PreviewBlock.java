package org.goalbook.markdown.preview;

/**
 * One top-level block of preview HTML (a heading, a paragraph, a list …) as it was rendered, plus how far typing
 * above it has moved its source offsets since. The move is applied only when the HTML is asked for, so keeping
 * thousands of blocks below an edit costs one small object each, not a rewrite of their HTML, and a block that is
 * only moved stays recognisable as the same rendered text ({@link #isMoved}).
 */
public final class PreviewBlock {
    private final String rendered;
    private final int shift;
    private String html;

    private PreviewBlock(String rendered, int shift) {
        this.rendered = rendered;
        this.shift = shift;
    }

    /** A block as rendered, its offsets where they belong. */
    public static PreviewBlock of(String html) {
        return new PreviewBlock(html, 0);
    }

    /** This block with its source offsets moved by {@code by} more characters. */
    public PreviewBlock moved(int by) {
        return by == 0 ? this : new PreviewBlock(rendered, shift + by);
    }

    /** The block's HTML with its offsets in the note as it is now. */
    public String html() {
        if (html == null) {
            html = shift == 0 ? rendered : SourceShift.shifted(rendered, shift);
        }
        return html;
    }

    /**
     * How far {@code next} is this block moved, when both come from the same rendering (no HTML is compared);
     * {@code null} when they do not.
     */
    public Integer isMoved(PreviewBlock next) {
        return rendered == next.rendered ? next.shift - shift : null;
    }

    @Override
    public String toString() {
        return html();
    }
}
