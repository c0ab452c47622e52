package org.goalbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.goalbook.markdown.MarkdownHighlighter.Span;
import org.goalbook.markdown.MarkdownHighlighter.State;
import org.goalbook.markdown.MarkdownHighlighter.Styled;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The editor's colours: every line is covered exactly by its spans, and the spans name what the user sees. */
class MarkdownHighlighterTest {
    /** One or more examples of each CommonMark construct (and the GitHub ones the journal uses). */
    private static final String EVERY_CONSTRUCT = String.join("\n",
            "---", "title: Goals", "tags: [a, b]", "---",
            "# ATX heading", "###### Six", "## Closed ##", "#not a heading", "    # indented code",
            "Setext heading", "===", "Another", "---",
            "***", "- - -", "___",
            "Plain *em* and _em_ and **strong** and __strong__ and ***both*** and ~~gone~~ a*b*c snake_case_name",
            "`code` and ``co`de`` and ` `` ` and an `unclosed backtick",
            "[link](https://example.com \"title\") ![image](pic.png) [ref][1] [collapsed][] <https://auto.link>",
            "https://bare.example.com/path?q=1 <mailto:me@example.com> <span>html</span> &amp; &#123;",
            "[1]: https://example.com/ref \"Ref title\"",
            "> quote with **strong**", "> > nested quote", ">",
            "- bullet", "* star", "+ plus", "1. one", "2) two", "10. ten", "  - nested", "-", "- ",
            "- [ ] open task", "- [x] done task", "* [X] Done", "1. [ ] numbered task", "- [ ]", "- [ ] ",
            "```java", "int x = 1; // # not a heading", "- not a list", "```",
            "~~~~", "~~~ inner", "~~~~",
            "````", "```", "````",
            "```unclosed fence at the end is fine too",
            "| a | b |", "| --- | :-: |", "| 1 | 2 |",
            "<!-- comment -->", "<div>", "block", "</div>",
            "line with trailing backslash\\", "hard break  ", "\tTabbed", "",
            "Emoji ✅ 2022-05-01 and 中文 and a \\*escaped\\* star", "* ", "**", "__", "_", "*", "[", "](", "`");

    @Test
    void everyCommonMarkConstructIsCoveredExactly() {
        assertCovers(EVERY_CONSTRUCT);
    }

    @Test
    void theUsersJournalIsCoveredExactly() {
        assertCovers(SharedFixtures.journal());
    }

    @Property(tries = 300)
    void anyTextIsCoveredExactly(@ForAll String text) {
        assertCovers(text);
    }

    @Test
    void spansNameWhatTheUserSees() {
        assertThat(classesAt("## Notes", 0, MarkdownHighlighter.PLAIN))
                .contains("md-heading", "md-h2", "md-marker");
        assertThat(classesAt("## Notes", 4, MarkdownHighlighter.PLAIN)).contains("md-heading")
                .doesNotContain("md-marker");
        assertThat(classesAt("a **bold** b", 4, MarkdownHighlighter.PLAIN)).contains("md-strong");
        assertThat(classesAt("a *it* b", 3, MarkdownHighlighter.PLAIN)).contains("md-em");
        assertThat(classesAt("a `x*y*` b", 5, MarkdownHighlighter.PLAIN)).contains("md-code").doesNotContain("md-em");
        assertThat(classesAt("see [Remix](https://remix.run/)", 6, MarkdownHighlighter.PLAIN)).contains("md-link");
        assertThat(classesAt("see [Remix](https://remix.run/)", 14, MarkdownHighlighter.PLAIN)).contains("md-url");
        assertThat(classesAt("- [x] Master SPA", 0, MarkdownHighlighter.PLAIN)).contains("md-list", "md-done");
        assertThat(classesAt("- [x] Master SPA", 3, MarkdownHighlighter.PLAIN)).contains("md-task");
        assertThat(classesAt("> said", 3, MarkdownHighlighter.PLAIN)).contains("md-quote");
    }

    @Test
    void aFenceColoursTheLinesBelowUntilItCloses() {
        Styled open = MarkdownHighlighter.line("```", MarkdownHighlighter.PLAIN);
        assertThat(classesAt("# inside", 0, open.after())).containsExactly("md-code-block");
        Styled close = MarkdownHighlighter.line("```", open.after());
        assertThat(close.after()).isEqualTo(MarkdownHighlighter.PLAIN);
        assertThat(classesAt("# after", 0, close.after())).contains("md-heading");
    }

    @Test
    void frontMatterOnlyOnTheFirstLine() {
        Styled first = MarkdownHighlighter.line("---", MarkdownHighlighter.START);
        assertThat(classesAt("title: x", 0, first.after())).contains("md-front-matter");
        assertThat(MarkdownHighlighter.line("---", MarkdownHighlighter.PLAIN).spans().get(0).classes())
                .containsExactly("md-rule");
    }

    private static List<String> classesAt(String line, int column, State before) {
        int at = 0;
        for (Span s : MarkdownHighlighter.line(line, before).spans()) {
            if (column < at + s.length()) {
                return s.classes();
            }
            at += s.length();
        }
        throw new AssertionError("column " + column + " is past the spans of " + line);
    }

    private static void assertCovers(String text) {
        State state = MarkdownHighlighter.START;
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (String line : lines) {
            Styled styled = MarkdownHighlighter.line(line, state);
            int covered = 0;
            for (Span s : styled.spans()) {
                assertThat(s.length()).as("span in %s", line).isPositive();
                covered += s.length();
            }
            assertThat(covered).as("spans of \"%s\"", line).isEqualTo(line.length());
            state = styled.after();
        }
    }
}
