package org.goalbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import org.junit.jupiter.api.Test;

/** A page's name is its first heading or first line, whatever line endings the page has. */
class PageTitleTest {

    @Test
    void theFirstHeadingOrLineNamesThePage() {
        assertThat(PageTitle.of("\r\n  \n## Log (LIFO) ##\r\nbody")).isEqualTo("Log (LIFO)");
        assertThat(PageTitle.of("\n\nplain *first* line\r\n# Later")).isEqualTo("plain first line");
        assertThat(PageTitle.of("")).isEqualTo("Untitled page");
        assertThat(PageTitle.of("\r\n\n \t\n")).isEqualTo("Untitled page");
        assertThat(PageTitle.of("x".repeat(70))).isEqualTo("x".repeat(59) + "…");
    }

    @Property(tries = 500)
    void readsTheSameLineAsSplittingTheWholePage(
            @ForAll @Chars({'\r', '\n', ' ', '#', 'a', '*', '\t'}) @StringLength(max = 30) String text) {
        assertThat(PageTitle.of(text)).isEqualTo(bySplitting(text));
    }

    /** How the title was read before: the whole page split into lines. */
    private static String bySplitting(String text) {
        for (String line : text.split("\r?\n", -1)) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = PageTitle.ATX.matcher(line);
            String title = MarkdownText.plain(m.matches() ? (m.group(2) == null ? "" : m.group(2)) : line.strip());
            return title.length() > 60 ? title.substring(0, 59) + "…" : title;
        }
        return "Untitled page";
    }
}
