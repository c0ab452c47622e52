package org.goalbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.goalbook.testing.LineDiff;
import org.goalbook.testing.SharedFixtures;
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

    /** What typing into a page can add: words, line breaks, task boxes, fences, the app's notes markers. */
    private static final List<String> TYPED = List.of("a", " words", "\n", "- [ ] ", "[x]", "[ ]", "* ", "1. ",
            "```", "```\n", "~~~\n", "\r\n", "x", "<!-- notes -->\n", "<!-- end of notes -->\n", "  ");

    @Property(tries = 300)
    void samePagesTasksAgreesWithReadingBothPagesWhole(@ForAll long seed) {
        Random random = new Random(seed);
        String before = random.nextBoolean() ? PAGE : SharedFixtures.journal();
        String after = before;
        for (int i = 0; i <= random.nextInt(3); i++) {
            int at = random.nextInt(after.length() + 1);
            int removed = random.nextInt(3) == 0 ? Math.min(after.length() - at, random.nextInt(8)) : 0;
            after = after.substring(0, at) + TYPED.get(random.nextInt(TYPED.size())) + after.substring(at + removed);
        }
        boolean whole = PageTasks.of(before).stream().map(t -> t.done() + t.text()).toList()
                .equals(PageTasks.of(after).stream().map(t -> t.done() + t.text()).toList());

        assertThat(PageTasks.same(before, after)).as(after).isEqualTo(whole);
    }

    @Test
    void aFenceTypedAboveTasksHidesThem() {
        String page = "intro\n\n- [ ] a task\n";
        assertThat(PageTasks.same(page, page.replace("intro", "```intro"))).isFalse();
        assertThat(PageTasks.same(page, page.replace("intro", "intro typed"))).isTrue();
    }
}
