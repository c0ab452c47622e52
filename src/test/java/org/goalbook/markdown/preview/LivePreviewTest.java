package org.goalbook.markdown.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;

/**
 * The preview rendered edit by edit is, byte for byte, the preview a whole render of the same text gives; and the
 * edits that can only be rendered right over the whole note are rendered so.
 */
class LivePreviewTest {
    /** Every CommonMark construct and the GitHub ones the renderer knows, each where it can be edited into another. */
    private static final String EVERY_CONSTRUCT = String.join("\n",
            "---", "title: Goals", "tags: [a, b]", "---", "",
            "# Log", "", "Some *em* and **strong** text", "with a lazy line", "", "## Closed ##", "",
            "# Log", "", "Setext heading", "===", "", "Another", "---", "", "***", "",
            "`code` and ``co`de`` and https://remix.run/ and ~~gone~~ and ![img](https://x.org/a.png)",
            "[link](https://example.com \"title\") [ref][1] [collapsed][] <https://auto.link> &amp; &#123;", "",
            "> quote with **strong**", "> > nested quote", "lazy", "",
            "- bullet", "* star", "", "+ plus", "1. one", "2) two", "", "10. ten", "  - nested", "",
            "- [ ] open task", "- [x] done task", "", "  more in the task", "", "1. [X] numbered task", "",
            "```java", "int x = 1; // # not a heading", "- not a list", "```", "",
            "~~~~", "~~~ inner", "~~~~", "",
            "    indented code", "", "    more code", "",
            "| a | b |", "| --- | :-: |", "| 1 | 2 |", "",
            "# Log", "", "line with trailing backslash\\", "hard break  ", "next", "",
            "Emoji ✅ 2022-05-01 and 中文 and a \\*escaped\\* star", "", "### ", "", "Last paragraph", "");

    /** What typing adds: plain words, and the marks that turn one construct into another. */
    private static final List<String> TYPED = List.of("a", "x", " ", "words ", "\n", "\n\n", "\n\n\n", "# ", "#",
            "## Log", "Log", "- ", "* ", "1. ", "2) ", "- [ ] ", "[x]", "> ", ">", "```", "```\n", "~~~", "    ",
            "  ", "\t", "---", "===", "***", "|", "| a | b |\n| - | - |\n", "*", "**", "_", "`", "[", "](", ")",
            "http://x.org ", "\\", "---\nk: v\n---\n", "✅", "  \n");

    /** Typing that needs the whole note: raw HTML and link definitions. */
    private static final List<String> GLOBAL = List.of("<b>", "<div>\n", "</div>", "<!-- c -->", "[1]: https://x.org\n",
            "[a]: /b\n");

    private final PreviewRenderer renderer = new PreviewRenderer();

    @Property(tries = 300)
    void editsOnEveryConstructRenderAsAWholeRenderDoes(@ForAll long seed) {
        editAndCompare(EVERY_CONSTRUCT, new Random(seed), 8);
    }

    @Property(tries = 40)
    void editsOnTheUsersJournalRenderAsAWholeRenderDoes(@ForAll long seed) {
        editAndCompare(SharedFixtures.journal(), new Random(seed), 5);
    }

    @Test
    void typingInAParagraphRendersOnlyItsBlocks() {
        LivePreview live = new LivePreview(renderer);
        String text = SharedFixtures.journal();
        live.render(text);
        int at = text.indexOf("\n\n", text.length() / 2) - 1;
        for (char c : "typed words".toCharArray()) {
            text = text.substring(0, at) + c + text.substring(at);
            at++;
            assertThat(live.render(text).blocks()).isEqualTo(renderer.renderBlocks(text).blocks());
        }
        assertThat(live.wholeRenders()).isEqualTo(1);
    }

    @Test
    void aFenceOpenedAboveTheRestRendersTheWholeNote() {
        LivePreview live = new LivePreview(renderer);
        String text = "# Top\n\nfirst\n\nsecond\n\n# Below\n\nlast\n";
        live.render(text);
        String fenced = text.replace("first", "```\nfirst");

        assertThat(live.render(fenced).blocks()).isEqualTo(renderer.renderBlocks(fenced).blocks());
        assertThat(live.wholeRenders()).isEqualTo(2);
        assertThat(live.render(fenced).html()).contains("# Below").doesNotContain("<h1 id=\"below\"");
    }

    @Test
    void aNoteWithALinkDefinitionIsAlwaysRenderedWhole() {
        LivePreview live = new LivePreview(renderer);
        String text = "See [the site][s].\n\nOther text\n\n[s]: https://example.org\n";
        live.render(text);
        String edited = text.replace("Other", "Other typed");

        assertThat(live.render(edited).blocks()).isEqualTo(renderer.renderBlocks(edited).blocks());
        assertThat(live.wholeRenders()).isEqualTo(2);
        assertThat(live.render(edited).html()).contains("href=\"https://example.org\"");
    }

    @Test
    void aRenamedHeadingRenumbersTheHeadingsBelow() {
        LivePreview live = new LivePreview(renderer);
        String text = "# Log\n\ntext\n\n# Notes\n\nmore\n\n# Log\n\nend\n";
        live.render(text);
        String renamed = text.replaceFirst("# Notes", "# Log");

        assertThat(live.render(renamed).blocks()).isEqualTo(renderer.renderBlocks(renamed).blocks());
        assertThat(live.render(renamed).html()).contains("id=\"log-1\"", "id=\"log-2\"");
    }

    @Test
    void headingsInTheEditedPartAreNumberedOnFromTheOnesAbove() {
        LivePreview live = new LivePreview(renderer);
        String text = "# Log\n\ntext\n\n# Log\n\nmore\n\nend\n";
        live.render(text);
        String edited = text.replace("more", "more typed");

        assertThat(live.render(edited).html()).contains("id=\"log-1\"");
        assertThat(live.render(edited).blocks()).isEqualTo(renderer.renderBlocks(edited).blocks());
        assertThat(live.wholeRenders()).isEqualTo(1);
    }

    private void editAndCompare(String start, Random random, int maxEdits) {
        LivePreview live = new LivePreview(renderer);
        String text = start;
        List<String> done = new ArrayList<>();
        assertThat(live.render(text).blocks()).isEqualTo(renderer.renderBlocks(text).blocks());
        int edits = 1 + random.nextInt(maxEdits);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(text.length() + 1);
            int removed = random.nextInt(4) == 0 ? Math.min(text.length() - at, random.nextInt(12)) : 0;
            List<String> typed = random.nextInt(12) == 0 ? GLOBAL : TYPED;
            String inserted = random.nextInt(5) == 0 ? "" : typed.get(random.nextInt(typed.size()));
            text = text.substring(0, at) + inserted + text.substring(at + removed);
            done.add("at " + at + " removed " + removed + " typed \"" + inserted.replace("\n", "\\n") + "\"");
            int whole = live.wholeRenders();
            assertThat(live.render(text).blocks()).as("after %s", done)
                    .isEqualTo(renderer.renderBlocks(text).blocks());
            Statistics.collect(live.wholeRenders() > whole ? "whole note" : "edited blocks only");
        }
        // Most edits must take the short way, or the property would only compare whole renders with themselves.
        Statistics.coverage(coverage -> coverage.check("edited blocks only").percentage(p -> p > 60));
    }
}
