package org.goalbook.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.goalbook.markdown.TextEdit;
import org.junit.jupiter.api.Test;

class RenderQueueTest {
    private final Queue<Runnable> scheduled = new ArrayDeque<>();
    private final List<String> rendered = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final RenderQueue<String> queue = new RenderQueue<>(scheduled::add, String::toUpperCase, rendered::add);

    @Test
    void aBurstOfKeystrokesBecomesOneRenderOfTheNewestText() {
        queue.submit("h");
        queue.submit("he");
        queue.submit("hel");
        runScheduled();

        assertEquals(List.of("HEL"), rendered);
    }

    @Test
    void textTypedDuringARenderIsRenderedAfterIt() {
        queue.submit("a");
        scheduled.poll().run();
        queue.submit("ab");
        runScheduled();

        assertEquals(List.of("A", "AB"), rendered);
    }

    @Test
    void onTheCallingThreadEveryTextRendersAtOnce() {
        RenderQueue<String> direct = new RenderQueue<>(Runnable::run, String::toUpperCase, rendered::add);

        direct.submit("x");
        direct.submit("y");

        assertEquals(List.of("X", "Y"), rendered);
    }

    @Test
    void editsAreMadeInOrderToTheTextBeforeThem() {
        queue.submit("hello");
        scheduled.poll().run();
        queue.submitEdits(List.of(new TextEdit(5, 5, " world")));
        queue.submitEdits(List.of(new TextEdit(0, 1, "j"), new TextEdit(11, 11, "!")));
        runScheduled();

        assertEquals(List.of("HELLO", "JELLO WORLD!"), rendered);
    }

    @Test
    void aWholeTextReplacesTheEditsWaitingBeforeIt() {
        queue.submit("hello");
        queue.submitEdits(List.of(new TextEdit(0, 5, "bye")));
        queue.submit("new note");
        queue.submitEdits(List.of(new TextEdit(0, 3, "old")));
        runScheduled();

        assertEquals(List.of("OLD NOTE"), rendered);
    }

    @Test
    void waitingForTheRenderOfTheLatestTextEndsWhenItIsDone() throws Exception {
        queue.submit("hello");
        queue.submitEdits(List.of(new TextEdit(5, 5, "!")));
        assertFalse(queue.awaitRendered(1), "nothing rendered yet: the wait gives up");

        runScheduled();
        assertTrue(queue.awaitRendered(0), "rendered: no wait");
        assertEquals(List.of("HELLO!"), rendered);

        queue.submitEdits(List.of(new TextEdit(0, 1, "j")));
        assertFalse(queue.awaitRendered(0), "the newest edit is not rendered yet");
    }

    @Test
    void aFailedRenderEndsTheWaitForIt() throws Exception {
        RenderQueue<String> failing = new RenderQueue<>(scheduled::add, text -> {
            throw new IllegalStateException("render failed on " + text);
        }, rendered::add);
        failing.submit("boom");
        assertThrows(IllegalStateException.class, () -> scheduled.poll().run());

        assertTrue(failing.awaitRendered(0), "the failure is over: waiting longer would not bring a render");
        assertEquals(List.of(), rendered);
    }

    @Test
    void aWaitForARenderOnItsOwnThreadEndsWithTheRender() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            RenderQueue<String> threaded = new RenderQueue<>(thread, String::toUpperCase, rendered::add);
            threaded.submit("a");
            threaded.submitEdits(List.of(new TextEdit(1, 1, "b")));

            assertTrue(threaded.awaitRendered(TimeUnit.MINUTES.toMillis(1)));
            assertEquals("AB", rendered.get(rendered.size() - 1), "the render waited for holds every edit");
        } finally {
            thread.shutdownNow();
        }
    }

    private void runScheduled() {
        while (!scheduled.isEmpty()) {
            scheduled.poll().run();
        }
    }
}
