package org.goalbook.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class BlockPatchTest {

    @Test
    void editingOneBlockReplacesOnlyThatBlock() {
        BlockPatch patch = BlockPatch.between(List.of("<h1>a</h1>", "<p>b</p>", "<p>c</p>"),
                List.of("<h1>a</h1>", "<p>b!</p>", "<p>c</p>"));

        assertEquals(new BlockPatch(1, 1, List.of("<p>b!</p>")), patch);
    }

    @Test
    void unchangedRenderPatchesNothing() {
        assertTrue(BlockPatch.between(List.of("<p>a</p>"), List.of("<p>a</p>")).isEmpty());
    }

    @Test
    void repeatedBlocksDoNotOverlapPrefixAndSuffix() {
        BlockPatch patch = BlockPatch.between(List.of("<hr>", "<hr>"), List.of("<hr>", "<hr>", "<hr>"));

        assertEquals(new BlockPatch(2, 0, List.of("<hr>")), patch);
    }

    @Test
    void scriptPassesHtmlAsJsonStrings() {
        String script = new BlockPatch(0, 2, List.of("<p title=\"x\">a\\b\n</p>\u2028")).script();

        assertEquals("goalbookPreview.patch(0,2,[\"\\u003cp title=\\\"x\\\">a\\\\b\\n\\u003c/p>\\u2028\"])", script);
    }

    @Property
    void applyingThePatchGivesTheNewBlocks(@ForAll @Size(max = 8) List<@StringLength(max = 2) String> shown,
                                           @ForAll @Size(max = 8) List<@StringLength(max = 2) String> next) {
        BlockPatch patch = BlockPatch.between(shown, next);

        List<String> patched = new ArrayList<>(shown);
        patched.subList(patch.start(), patch.start() + patch.removeCount()).clear();
        patched.addAll(patch.start(), patch.inserted());
        assertEquals(next, patched);
    }
}
