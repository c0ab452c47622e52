package org.goalbook.bench;

import java.util.concurrent.atomic.AtomicLongArray;

import javafx.beans.value.ChangeListener;
import javafx.scene.web.WebEngine;

import org.goalbook.ui.preview.PreviewPane;

/**
 * Finds out, each time a render lands in the preview, how many typed characters the preview's DOM holds: the
 * typing goes into one paragraph, so that is its text length now minus its length before typing. The first render
 * that holds keystroke k gives k its latency. Renders are counted on the FX thread; keystrokes come from another.
 */
final class PreviewWatch {
    private final PreviewPane preview;
    private final WebEngine engine;
    private final String paragraph;
    private final int baseLength;
    private final AtomicLongArray pressed;
    private final long[] held;
    private final ChangeListener<Number> onRender = (obs, was, is) -> rendered();
    private volatile int heldCount;
    private int renders;

    /** @param paragraph a JavaScript expression for the paragraph typed into */
    PreviewWatch(PreviewPane preview, WebEngine engine, String paragraph, int keystrokes) {
        this.preview = preview;
        this.engine = engine;
        this.paragraph = paragraph;
        this.baseLength = length(engine, paragraph);
        this.pressed = new AtomicLongArray(keystrokes);
        this.held = new long[keystrokes];
    }

    /** The paragraph's text length in the DOM, -1 while it is not there; FX thread. */
    static int length(WebEngine engine, String paragraph) {
        Object n = engine.executeScript(lengthScript(paragraph));
        return n instanceof Number number ? number.intValue() : -1;
    }

    private static String lengthScript(String paragraph) {
        return "(function () { var e = " + paragraph + "; return e ? e.textContent.length : -1; })()";
    }

    /** FX thread. */
    void start() {
        preview.renderCountProperty().addListener(onRender);
    }

    /** FX thread. */
    void stop() {
        preview.renderCountProperty().removeListener(onRender);
    }

    /** The typing thread: keystroke k was pressed now. */
    void pressed(int k) {
        pressed.set(k, System.nanoTime());
    }

    /** When keystroke k was pressed ({@link System#nanoTime}). */
    long pressedAt(int k) {
        return pressed.get(k);
    }

    int heldCount() {
        return heldCount;
    }

    int renders() {
        return renders;
    }

    private void rendered() {
        long now = System.nanoTime();
        renders++;
        int n = Math.min(held.length, length(engine, paragraph) - baseLength);
        for (int k = heldCount; k < n; k++) {
            held[k] = now;
        }
        heldCount = Math.max(heldCount, n);
    }

    /** Keystroke-to-DOM latencies in ms of keystrokes {@code from} onwards, sorted; call once all are held. */
    double[] sortedLatenciesMs(int from) {
        double[] ms = new double[held.length - from];
        for (int k = from; k < held.length; k++) {
            ms[k - from] = (held[k] - pressed.get(k)) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return ms;
    }
}
