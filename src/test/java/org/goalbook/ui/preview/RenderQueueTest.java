package org.goalbook.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import org.goalbook.markdown.TextEdit;
import org.junit.jupiter.api.Test;

class RenderQueueTest {
    private final Queue<Runnable> scheduled = new ArrayDeque<>();
    private final List<String> rendered = new ArrayList<>();
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

    private void runScheduled() {
        while (!scheduled.isEmpty()) {
            scheduled.poll().run();
        }
    }
}
