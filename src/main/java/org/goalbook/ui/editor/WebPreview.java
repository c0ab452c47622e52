package org.goalbook.ui.editor;

import java.util.function.IntConsumer;

import org.goalbook.ui.preview.LinkOpener;
import org.goalbook.ui.preview.PreviewPane;

/** The live preview: the preview component beside the editor, following the window's theme and font size. */
public final class WebPreview implements MarkdownPreview {
    private final PreviewPane pane;

    public WebPreview(LinkOpener links) {
        this.pane = new PreviewPane(links);
    }

    @Override
    public javafx.scene.Node view() {
        return pane;
    }

    @Override
    public void setMarkdown(String markdown) {
        pane.setMarkdown(markdown);
    }

    @Override
    public void setOnTaskToggled(IntConsumer handler) {
        pane.setOnTaskToggled(handler);
    }

    @Override
    public void scrollTo(int sourceOffset) {
        pane.scrollToSourceOffset(sourceOffset);
    }

    @Override
    public void setDarkTheme(boolean dark) {
        pane.setDarkTheme(dark);
    }

    @Override
    public void setFontSize(double px) {
        pane.setFontSize(px);
    }

    /** The preview's HTML as shown; tests read it. */
    public String bodyHtml() {
        return pane.bodyHtml();
    }

    public PreviewPane pane() {
        return pane;
    }
}
