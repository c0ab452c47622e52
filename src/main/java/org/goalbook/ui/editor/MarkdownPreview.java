package org.goalbook.ui.editor;

import java.util.function.IntConsumer;

/** What the editor needs from the live preview beside it. */
public interface MarkdownPreview {
    javafx.scene.Node view();

    void setMarkdown(String markdown);

    /** Receives the source offset of a task item whose box was clicked in the preview. */
    void setOnTaskToggled(IntConsumer handler);

    /** Brings the part of the preview that shows this offset of the Markdown into view. */
    void scrollTo(int sourceOffset);

    void setDarkTheme(boolean dark);

    void setFontSize(double px);
}
