package org.goalbook.ui.editor;

import java.util.List;
import java.util.function.IntConsumer;

import javafx.scene.layout.StackPane;

import org.goalbook.markdown.TextEdit;
import org.goalbook.ui.preview.LinkOpener;
import org.goalbook.ui.preview.PreviewPane;

/**
 * The live preview beside the editor, following the window's theme and font size. The preview component (and
 * the Markdown parser it brings) is made when the first text arrives, which the window holds back until its
 * first frame is on screen.
 */
public final class WebPreview implements MarkdownPreview {
    private final LinkOpener links;
    private final StackPane host = new StackPane();
    private PreviewPane pane;
    private IntConsumer onTaskToggled = offset -> { };
    private boolean dark;
    private double fontSize = 14;

    public WebPreview(LinkOpener links) {
        this.links = links;
        host.getStyleClass().add("preview-host");
    }

    @Override
    public javafx.scene.Node view() {
        return host;
    }

    @Override
    public void setMarkdown(String markdown) {
        pane().setMarkdown(markdown);
    }

    @Override
    public void edit(List<TextEdit> edits) {
        if (pane != null) { // else no text was set yet, and the first one will be whole
            pane.editMarkdown(edits);
        }
    }

    @Override
    public void catchUp() {
        if (pane != null) {
            pane.catchUp();
        }
    }

    @Override
    public void setOnTaskToggled(IntConsumer handler) {
        onTaskToggled = handler;
        if (pane != null) {
            pane.setOnTaskToggled(handler);
        }
    }

    @Override
    public void scrollTo(int sourceOffset) {
        if (pane != null) {
            pane.scrollToSourceOffset(sourceOffset);
        }
    }

    @Override
    public void setDarkTheme(boolean dark) {
        this.dark = dark;
        if (pane != null) {
            pane.setDarkTheme(dark);
        }
    }

    @Override
    public void setFontSize(double px) {
        this.fontSize = px;
        if (pane != null) {
            pane.setFontSize(px);
        }
    }

    /** The preview's HTML as shown, "" before the first render; tests read it. */
    public String bodyHtml() {
        return pane == null ? "" : pane.bodyHtml();
    }

    private PreviewPane pane() {
        if (pane == null) {
            pane = new PreviewPane(links);
            pane.setOnTaskToggled(onTaskToggled);
            pane.setDarkTheme(dark);
            pane.setFontSize(fontSize);
            host.getChildren().setAll(pane);
        }
        return pane;
    }
}
