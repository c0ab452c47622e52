package org.goalbook.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TaskToggleTest {
    private static final String PAGE = "# Log\n\n- [ ] read the book\n* [x] watch the talk\n1. [X] ship it\nplain [ ] text\n";

    @Test
    void findsTheBoxOnTheClickedLineWhateverTheListMarker() {
        assertEquals(PAGE.indexOf("[ ]") + 1, TaskToggle.markAt(PAGE, PAGE.indexOf("- [ ]")).orElseThrow());
        assertEquals(PAGE.indexOf("[x]") + 1, TaskToggle.markAt(PAGE, PAGE.indexOf("watch")).orElseThrow());
        assertEquals(PAGE.indexOf("[X]") + 1, TaskToggle.markAt(PAGE, PAGE.indexOf("1. [X]")).orElseThrow());
    }

    @Test
    void findsNothingWhereThereIsNoTaskItem() {
        assertTrue(TaskToggle.markAt(PAGE, 0).isEmpty());
        assertTrue(TaskToggle.markAt(PAGE, PAGE.indexOf("plain")).isEmpty());
        assertTrue(TaskToggle.markAt(PAGE, PAGE.length() + 5).isEmpty());
    }

    @Test
    void flipsOpenAndTicked() {
        assertEquals("x", TaskToggle.flipped(' '));
        assertEquals(" ", TaskToggle.flipped('X'));
    }
}
