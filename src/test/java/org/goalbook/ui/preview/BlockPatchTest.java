package org.goalbook.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.goalbook.markdown.preview.PreviewBlock;
import org.goalbook.markdown.preview.SourceShift;
import org.junit.jupiter.api.Test;

class BlockPatchTest {

    @Test
    void editingOneBlockReplacesOnlyThatBlock() {
        BlockPatch patch = betweenHtml(List.of("<h1>a</h1>", "<p>b</p>", "<p>c</p>"),
                List.of("<h1>a</h1>", "<p>b!</p>", "<p>c</p>"));

        assertEquals(new BlockPatch(1, 1, List.of("<p>b!</p>"), 0), patch);
    }

    @Test
    void unchangedRenderPatchesNothing() {
        assertTrue(betweenHtml(List.of("<p>a</p>"), List.of("<p>a</p>")).isEmpty());
    }

    @Test
    void repeatedBlocksDoNotOverlapPrefixAndSuffix() {
        BlockPatch patch = betweenHtml(List.of("<hr>", "<hr>"), List.of("<hr>", "<hr>", "<hr>"));

        assertEquals(new BlockPatch(2, 0, List.of("<hr>"), 0), patch);
    }

    @Test
    void scriptPassesHtmlAsJsonStrings() {
        String script = new BlockPatch(0, 2, List.of("<p title=\"x\">a\\b\n</p>\u2028"), -3).script();

        assertEquals("goalbookPreview.patch(0,2,[\"\\u003cp title=\\\"x\\\">a\\\\b\\n\\u003c/p>\\u2028\"],-3)", script);
    }

    @Test
    void typingAboveBlocksKeepsThemAndMovesTheirOffsets() {
        List<String> shown = List.of("<h1 data-pos=\"0-6\">Plan</h1>", "<p data-pos=\"8-13\">first</p>",
                "<ul data-pos=\"15-28\"><li data-pos=\"15-28\"><input type=\"checkbox\" data-task=\"15\"> a</li></ul>");
        List<String> next = List.of("<h1 data-pos=\"0-6\">Plan</h1>", "<p data-pos=\"8-14\">first!</p>",
                "<ul data-pos=\"16-29\"><li data-pos=\"16-29\"><input type=\"checkbox\" data-task=\"16\"> a</li></ul>");

        assertEquals(new BlockPatch(1, 1, List.of("<p data-pos=\"8-14\">first!</p>"), 1),
                betweenHtml(shown, next));
    }

    @Test
    void aBlockThatChangedBeyondItsOffsetsIsReplaced() {
        List<String> shown = List.of("<p data-pos=\"0-5\">first</p>", "<p data-pos=\"7-11\">last</p>");
        List<String> next = List.of("<p data-pos=\"0-6\">first!</p>", "<p data-pos=\"8-13\">last!</p>");

        assertEquals(new BlockPatch(0, 2, next, 0), betweenHtml(shown, next));
    }

    @Test
    void onlyOffsetAttributesInsideTagsMove() {
        String html = "<p data-pos=\"0-30\" title=\"a &quot;b\">data-pos=\"1-2\" <code>data-task=\"3\"</code></p>";

        assertEquals("<p data-pos=\"5-35\" title=\"a &quot;b\">data-pos=\"1-2\" <code>data-task=\"3\"</code></p>",
                SourceShift.shifted(html, 5));
        assertEquals("<div data-pos=\"x-1\"><p data-pos=\"1234567890-1\">a</p></div>",
                SourceShift.shifted("<div data-pos=\"x-1\"><p data-pos=\"1234567890-1\">a</p></div>", 5));
    }

    @Property
    void applyingThePatchGivesTheNewBlocks(@ForAll @Size(max = 8) List<@StringLength(max = 2) String> shown,
                                           @ForAll @Size(max = 8) List<@StringLength(max = 2) String> next) {
        assertEquals(next, applied(shown, betweenHtml(shown, next)));
    }

    @Property
    void anEditReplacesOnlyTheEditedBlock(
            @ForAll @Size(min = 1, max = 8) List<@AlphaChars @StringLength(max = 4) String> before,
            @ForAll @IntRange(max = 7) int at, @ForAll @AlphaChars @StringLength(max = 6) String text,
            @ForAll boolean insert) {
        List<String> after = new ArrayList<>(before);
        int i = at % before.size();
        if (insert) {
            after.add(i, text);
        } else {
            after.set(i, text);
        }
        List<String> shown = rendered(before);
        List<String> next = rendered(after);

        BlockPatch patch = betweenHtml(shown, next);

        assertEquals(next, applied(shown, patch));
        assertTrue(patch.removeCount() <= 1 && patch.inserted().size() <= 1, patch::toString);
    }

    @Test
    void blocksTakenOverFromTheLastRenderAreKeptWithTheirMove() {
        PreviewBlock top = PreviewBlock.of("<h1 data-pos=\"0-6\">Plan</h1>");
        PreviewBlock list = PreviewBlock.of(new String("<ul data-pos=\"15-30\"><li data-pos=\"15-30\">a</li></ul>"));
        PreviewBlock last = PreviewBlock.of(new String("<p data-pos=\"32-36\">last</p>"));
        List<PreviewBlock> shown = List.of(top, PreviewBlock.of("<p data-pos=\"8-13\">first</p>"), list, last);
        List<PreviewBlock> next = List.of(top, PreviewBlock.of("<p data-pos=\"8-16\">first!!!</p>"), list.moved(3),
                last.moved(3));

        BlockPatch patch = BlockPatch.between(shown, next);

        assertEquals(new BlockPatch(1, 1, List.of("<p data-pos=\"8-16\">first!!!</p>"), 3), patch);
        assertEquals("<p data-pos=\"35-39\">last</p>", next.get(3).html());
    }

    /** Between renders whose blocks are these HTML strings, each rendered on its own. */
    private static BlockPatch betweenHtml(List<String> shown, List<String> next) {
        return BlockPatch.between(shown.stream().map(PreviewBlock::of).toList(),
                next.stream().map(PreviewBlock::of).toList());
    }

    /** What preview.js does with a patch. */
    private static List<String> applied(List<String> shown, BlockPatch patch) {
        List<String> patched = new ArrayList<>(shown);
        patched.subList(patch.start(), patch.start() + patch.removeCount()).clear();
        patched.addAll(patch.start(), patch.inserted());
        for (int i = patch.start() + patch.inserted().size(); i < patched.size(); i++) {
            patched.set(i, SourceShift.shifted(patched.get(i), patch.shift()));
        }
        return patched;
    }

    /** Paragraphs as the renderer writes them, with their offsets in a note of these paragraphs. */
    private static List<String> rendered(List<String> paragraphs) {
        List<String> blocks = new ArrayList<>();
        int at = 0;
        for (String p : paragraphs) {
            blocks.add("<p data-pos=\"" + at + "-" + (at + p.length()) + "\"><input data-task=\"" + at + "\">" + p
                    + "</p>");
            at += p.length() + 2;
        }
        return blocks;
    }
}
