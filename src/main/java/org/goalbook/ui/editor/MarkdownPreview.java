package org.goalbook.ui.editor;

import java.util.List;
import java.util.function.IntConsumer;

import org.goalbook.markdown.TextEdit;

/** What the editor needs from the live preview beside it. */
public interface MarkdownPreview {
    javafx.scene.Node view();

    void setMarkdown(String markdown);

    /** Edits of the text set last (and edited since), in the order they were made: typing, without a copy. */
    void edit(List<TextEdit> edits);

    /**
     * After {@link #edit}: shows their render now if it is ready within a few milliseconds, so that the preview
     * changes in the same frame as the editor; else it shows when it is ready.
     */
    void catchUp();

    /** Receives the source offset of a task item whose box was clicked in the preview. */
    void setOnTaskToggled(IntConsumer handler);

    /** Brings the part of the preview that shows this offset of the Markdown into view. */
    void scrollTo(int sourceOffset);

    void setDarkTheme(boolean dark);

    void setFontSize(double px);
}
