package org.goalbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.goalbook.testing.LineDiff;
import org.junit.jupiter.api.Test;

/** Task items in a page can be ticked, and ticking changes one character. */
class PageTasksTest {
    private static final String PAGE = "## Log\r\n\r\n- [ ] read the *SRE* book\r\n* [x] another, done\r\n"
            + "```\r\n- [ ] not a task, code\r\n```\r\n1. [X] numbered task\r\n  - [ ] nested\r\n";

    @Test
    void findsTheTasksOutsideCode() {
        assertThat(PageTasks.of(PAGE)).extracting(PageTasks.Task::text)
                .containsExactly("read the *SRE* book", "another, done", "numbered task", "nested");
        assertThat(PageTasks.of(PAGE)).extracting(PageTasks.Task::done).containsExactly(false, true, true, false);
    }

    @Test
    void tickingChangesOneCharacter() {
        String ticked = PageTasks.tick(PAGE, 1, true);
        assertThat(LineDiff.of(PAGE, ticked)).containsExactly("-- [ ] read the *SRE* book\r",
                "+- [x] read the *SRE* book\r");
        assertThat(ticked.length()).isEqualTo(PAGE.length());
        assertThat(PageTasks.tick(PAGE, 3, false)).contains("1. [ ] numbered task\r\n");
        assertThat(PageTasks.tick(PAGE, 2, true)).isSameAs(PAGE);
    }

    @Test
    void anUnknownTaskNumberIsRefused() {
        assertThatThrownBy(() -> PageTasks.tick(PAGE, 5, true))
                .isInstanceOf(JournalException.class).hasMessage("the page has 4 tasks; there is no task 5");
    }
}
