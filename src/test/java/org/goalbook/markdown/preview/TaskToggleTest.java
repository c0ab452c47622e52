package org.goalbook.markdown.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TaskToggleTest {
    private final PreviewRenderer renderer = new PreviewRenderer();

    @Test
    void clickingABoxFlipsExactlyThatItemsCharacter() {
        String note = "- [ ] first\n* [x] second\n\n> 1. [X] quoted\n\n  - [ ] nested";

        assertEquals(note.replace("[ ] first", "[x] first"), toggleBox(note, 0));
        assertEquals(note.replace("[x] second", "[ ] second"), toggleBox(note, 1));
        assertEquals(note.replace("[X] quoted", "[ ] quoted"), toggleBox(note, 2));
        assertEquals(note.replace("[ ] nested", "[x] nested"), toggleBox(note, 3));
    }

    @Test
    void anOffsetThatIsNoLongerATaskChangesNothing() {
        String note = "- [ ] first\n\nplain text";

        assertEquals(note, TaskToggle.toggle(renderer.parse(note), note.indexOf("plain")));
        assertEquals(note, TaskToggle.toggle(renderer.parse(note), 999));
    }

    // The offset a click would report: the n-th task box's data-task in the rendered preview.
    private String toggleBox(String note, int box) {
        int offset = Integer.parseInt(Jsoup.parseBodyFragment(renderer.render(note))
                .select("input").get(box).attr("data-task"));
        return TaskToggle.toggle(renderer.parse(note), offset);
    }
}
