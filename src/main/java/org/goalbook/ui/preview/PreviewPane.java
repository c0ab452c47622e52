package org.goalbook.ui.preview;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

import org.goalbook.markdown.TextEdit;
import org.goalbook.markdown.preview.LivePreview;
import org.goalbook.markdown.preview.PreviewRenderer;
import org.goalbook.markdown.preview.RenderedPreview;

/**
 * The live Markdown preview beside the editor. Renders off the FX thread, patches only the changed blocks into a
 * page that is loaded once (no flicker, scroll position kept), never runs a script from a note, and hands link
 * and task-box clicks back to the window. The WebView is created on first use so startup never waits for WebKit.
 */
public class PreviewPane extends StackPane {
    public static final String STYLE_CLASS = "preview-pane";
    public static final String PLACEHOLDER_STYLE_CLASS = "preview-placeholder";
    /**
     * How long the FX thread waits for the render of a burst of typing: an edit re-renders a few blocks in a
     * millisecond or two, and taken at once its patch joins the frame that draws the key in the editor, instead of
     * waiting behind that frame for a turn of its own. A render that takes longer (a whole note) arrives as before.
     */
    static final long EDIT_WAIT_MS = 8;

    private final LinkOpener linkOpener;
    private final RenderQueue<RenderedPreview> renders;
    private final AtomicReference<RenderedPreview> rendered = new AtomicReference<>();
    private final ReadOnlyIntegerWrapper renderCount = new ReadOnlyIntegerWrapper(this, "renderCount");
    private final Label placeholder = new Label("Preview");

    private IntConsumer onTaskToggled = offset -> { };
    private PreviewPage page;
    private boolean pageRequested;
    private boolean dark;
    private double fontSizePx = 15;

    public PreviewPane(LinkOpener linkOpener) {
        this(linkOpener, RenderQueue.RENDER_THREAD);
    }

    /** @param renderThread runs renders one at a time, in order; tests pass {@code Runnable::run} */
    public PreviewPane(LinkOpener linkOpener, Executor renderThread) {
        this.linkOpener = linkOpener;
        // Only the render thread touches it: an edit re-renders the blocks it touched, not the whole note.
        LivePreview live = new LivePreview(new PreviewRenderer());
        this.renders = new RenderQueue<>(renderThread, live::render, this::rendered);
        getStyleClass().add(STYLE_CLASS);
        placeholder.getStyleClass().add(PLACEHOLDER_STYLE_CLASS);
        getChildren().add(placeholder);
    }

    /** A whole text (FX thread), e.g. a note opened; bursts collapse into one render of the newest text. */
    public void setMarkdown(String markdown) {
        if (!pageRequested) {
            pageRequested = true;
            Platform.runLater(this::createPage); // after this frame: startup never waits for WebKit
        }
        renders.submit(markdown == null ? "" : markdown);
    }

    /**
     * Typing (FX thread): edits of the text set last, made to the render thread's own copy, so no keystroke copies
     * a long note here. Bursts collapse as with {@link #setMarkdown}.
     */
    public void editMarkdown(List<TextEdit> edits) {
        renders.submitEdits(edits);
    }

    /**
     * Shows the render of the text and edits handed on so far now, if the render thread finishes it within
     * {@link #EDIT_WAIT_MS} (FX thread); else it is shown when it arrives, as always.
     */
    public void catchUp() {
        try {
            if (renders.awaitRendered(EDIT_WAIT_MS)) {
                showRendered();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Receives the source offset of the task item whose box the user clicked; the box itself does not change. */
    public void setOnTaskToggled(IntConsumer handler) {
        onTaskToggled = handler == null ? offset -> { } : handler;
    }

    /** Brings the block holding this Markdown offset into view (editor caret and scroll sync). */
    public void scrollToSourceOffset(int offset) {
        if (page != null) {
            page.scrollToSourceOffset(offset);
        }
    }

    /** The preview's current HTML as the WebView shows it (FX thread); empty before the first render. */
    public String bodyHtml() {
        return page == null ? "" : page.bodyHtml();
    }

    /** Counts renders that reached the page; tests wait on it. */
    public ReadOnlyIntegerProperty renderCountProperty() {
        return renderCount.getReadOnlyProperty();
    }

    public void setDarkTheme(boolean dark) {
        this.dark = dark;
        applyStyleSheet();
    }

    public void setFontSize(double px) {
        this.fontSizePx = px;
        applyStyleSheet();
    }

    private void createPage() {
        page = new PreviewPage(linkOpener, offset -> onTaskToggled.accept(offset),
                () -> renderCount.set(renderCount.get() + 1));
        applyStyleSheet();
        getChildren().setAll(page.view());
        RenderedPreview ready = rendered.getAndSet(null);
        if (ready != null) {
            page.show(ready);
        }
    }

    // Render thread: hand the result to the FX thread, collapsing results that arrive faster than frames.
    private void rendered(RenderedPreview preview) {
        if (rendered.getAndSet(preview) == null) {
            Platform.runLater(this::showRendered);
        }
    }

    private void showRendered() {
        if (page == null) {
            return; // createPage() picks the result up
        }
        RenderedPreview preview = rendered.getAndSet(null);
        if (preview != null) {
            page.show(preview);
        }
    }

    private void applyStyleSheet() {
        if (page != null) {
            page.setUserStyleSheet(PreviewShell.userStyleSheet(dark, fontSizePx));
        }
    }
}
