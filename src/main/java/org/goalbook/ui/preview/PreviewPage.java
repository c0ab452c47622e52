package org.goalbook.ui.preview;

import java.util.List;
import java.util.function.IntConsumer;

import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.event.Event;
import javafx.scene.input.DragEvent;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

import org.goalbook.markdown.preview.PreviewBlock;
import org.goalbook.markdown.preview.RenderedPreview;
import org.w3c.dom.Document;
import org.w3c.dom.events.EventTarget;

/**
 * The WebView behind the preview, locked down: it loads the shell once and from then on only receives DOM patches.
 * No popups, no dialogs, no context menu ("Open Link", "Reload"), no dropped links or files, and any navigation
 * away from the shell is cancelled, the shell restored. FX thread only.
 */
final class PreviewPage {
    private final WebView view = new WebView();
    private final WebEngine engine = view.getEngine();
    private final PreviewClicks clicks;
    private final Runnable onRendered;

    private Document shell;
    private boolean ready;
    private List<PreviewBlock> shown = List.of();
    private RenderedPreview latest;
    private int pendingScrollOffset = -1;

    PreviewPage(LinkOpener linkOpener, IntConsumer taskToggled, Runnable onRendered) {
        this.onRendered = onRendered;
        this.clicks = new PreviewClicks(linkOpener, taskToggled, this::scrollToAnchor);
        view.setContextMenuEnabled(false);
        view.addEventFilter(DragEvent.ANY, Event::consume);
        engine.setCreatePopupHandler(features -> null);
        engine.setConfirmHandler(message -> false);
        engine.setPromptHandler(prompt -> null);
        engine.setOnAlert(null);
        engine.setJavaScriptEnabled(true); // our own preview.js only: the shell's CSP refuses every other script
        engine.locationProperty().addListener((observable, old, location) -> leftShell(location));
        engine.getLoadWorker().stateProperty().addListener((observable, old, state) -> loadChanged(state));
        loadShell();
    }

    WebView view() {
        return view;
    }

    void setUserStyleSheet(String location) {
        engine.setUserStyleSheetLocation(location);
    }

    /** Shows a render by patching only the blocks that changed; before the shell is loaded, keeps the newest. */
    void show(RenderedPreview preview) {
        latest = preview;
        if (!ready) {
            return;
        }
        BlockPatch patch = BlockPatch.between(shown, preview.parts());
        if (!patch.isEmpty()) {
            engine.executeScript(patch.script());
        }
        shown = preview.parts();
        onRendered.run();
    }

    void scrollToSourceOffset(int offset) {
        if (ready) {
            engine.executeScript("goalbookPreview.scrollToOffset(" + offset + ")");
        } else {
            pendingScrollOffset = offset;
        }
    }

    String bodyHtml() {
        return ready ? String.valueOf(engine.executeScript("goalbookPreview.html()")) : "";
    }

    private void scrollToAnchor(String id) {
        engine.executeScript("goalbookPreview.scrollToAnchor(" + JsonString.of(id) + ")");
    }

    private void loadShell() {
        ready = false;
        shown = List.of();
        engine.setJavaScriptEnabled(true);
        engine.loadContent(PreviewShell.html());
    }

    private void loadChanged(Worker.State state) {
        if (state == Worker.State.SUCCEEDED && !ready) {
            shell = engine.getDocument();
            ((EventTarget) shell).addEventListener("click", clicks, true);
            ready = true;
            if (latest != null) {
                show(latest);
            }
            if (pendingScrollOffset >= 0) {
                scrollToSourceOffset(pendingScrollOffset);
                pendingScrollOffset = -1;
            }
        } else if (ready && (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED)) {
            stayOnShell();
        }
    }

    // Second line of defence: clicks are intercepted, so this only fires if something else tries to navigate.
    private void leftShell(String location) {
        if (ready && location != null && !location.isEmpty()) {
            engine.setJavaScriptEnabled(false); // whatever is loading gets no chance to run a script
            Platform.runLater(this::stayOnShell);
        }
    }

    private void stayOnShell() {
        if (!ready) {
            return; // the shell is already being restored
        }
        engine.getLoadWorker().cancel();
        if (engine.getDocument() == shell) {
            engine.setJavaScriptEnabled(true);
        } else {
            loadShell();
        }
    }
}
