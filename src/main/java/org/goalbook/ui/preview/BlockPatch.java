package org.goalbook.ui.preview;

import java.util.List;

import org.goalbook.markdown.preview.PreviewBlock;
import org.goalbook.markdown.preview.SourceShift;

/**
 * The smallest change from the blocks on screen to a new render: keep the unchanged blocks at both ends, replace
 * {@code removeCount} blocks from {@code start} with {@code inserted}, and move the source offsets of the kept
 * blocks after them by {@code shift} characters. Typing changes one block and moves the offsets of every block
 * below it; those blocks stay on the page with their offsets moved (see {@link SourceShift}), so one block is
 * replaced and the rest of the page, and its scroll position, stay put, wherever in a long note the caret is.
 */
record BlockPatch(int start, int removeCount, List<String> inserted, int shift) {

    /**
     * Between two renders. Blocks that a render took over from the one before it (an edit re-renders only the
     * blocks it touched) are recognised without reading their HTML, so a patch at the top of a long note costs
     * the FX thread a walk over the block list, not over the page's HTML.
     */
    static BlockPatch between(List<PreviewBlock> shown, List<PreviewBlock> next) {
        int prefix = 0;
        int shorter = Math.min(shown.size(), next.size());
        while (prefix < shorter && Integer.valueOf(0).equals(moved(shown.get(prefix), next.get(prefix), 0))) {
            prefix++;
        }
        // The last blocks tell how far typing moved the offsets below it; blocks that moved by that much are kept.
        int shift = prefix < shorter ? shiftBetween(shown.get(shown.size() - 1), next.get(next.size() - 1)) : 0;
        int suffix = 0;
        while (suffix < shorter - prefix && moved(shown.get(shown.size() - 1 - suffix),
                next.get(next.size() - 1 - suffix), shift) != null) {
            suffix++;
        }
        List<String> inserted = next.subList(prefix, next.size() - suffix).stream().map(PreviewBlock::html).toList();
        return new BlockPatch(prefix, shown.size() - prefix - suffix, inserted, suffix == 0 ? 0 : shift);
    }

    /** {@code by} when {@code next} is {@code shown} moved by {@code by}, else null. */
    private static Integer moved(PreviewBlock shown, PreviewBlock next, int by) {
        Integer taken = shown.isMoved(next);
        if (taken != null) {
            return taken == by ? taken : null;
        }
        return SourceShift.same(shown.html(), next.html(), by) ? by : null;
    }

    private static int shiftBetween(PreviewBlock shown, PreviewBlock next) {
        Integer taken = shown.isMoved(next);
        return taken != null ? taken : SourceShift.between(shown.html(), next.html());
    }

    boolean isEmpty() {
        return removeCount == 0 && inserted.isEmpty() && shift == 0;
    }

    /** The call into preview.js; the blocks travel as a JSON array of strings, so no HTML is ever spliced into code. */
    String script() {
        StringBuilder call = new StringBuilder("goalbookPreview.patch(").append(start).append(',')
                .append(removeCount).append(",[");
        for (int i = 0; i < inserted.size(); i++) {
            if (i > 0) {
                call.append(',');
            }
            JsonString.append(call, inserted.get(i));
        }
        return call.append("],").append(shift).append(')').toString();
    }
}
