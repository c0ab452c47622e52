package org.goalbook.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

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

    private void runScheduled() {
        while (!scheduled.isEmpty()) {
            scheduled.poll().run();
        }
    }
}
