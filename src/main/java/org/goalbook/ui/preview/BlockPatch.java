package org.goalbook.ui.preview;

import java.util.List;

/**
 * The smallest change from the blocks on screen to a new render: keep the unchanged blocks at both ends, replace
 * {@code removeCount} blocks from {@code start} with {@code inserted}, and move the source offsets of the kept
 * blocks after them by {@code shift} characters. Typing changes one block and moves the offsets of every block
 * below it; those blocks stay on the page with their offsets moved (see {@link SourceShift}), so one block is
 * replaced and the rest of the page, and its scroll position, stay put, wherever in a long note the caret is.
 */
record BlockPatch(int start, int removeCount, List<String> inserted, int shift) {

    static BlockPatch between(List<String> shown, List<String> next) {
        int prefix = 0;
        int shorter = Math.min(shown.size(), next.size());
        while (prefix < shorter && shown.get(prefix).equals(next.get(prefix))) {
            prefix++;
        }
        // The last blocks tell how far typing moved the offsets below it; blocks that moved by that much are kept.
        int shift = prefix < shorter ? SourceShift.between(shown.get(shown.size() - 1), next.get(next.size() - 1)) : 0;
        int suffix = 0;
        while (suffix < shorter - prefix
                && SourceShift.same(shown.get(shown.size() - 1 - suffix), next.get(next.size() - 1 - suffix), shift)) {
            suffix++;
        }
        return new BlockPatch(prefix, shown.size() - prefix - suffix,
                List.copyOf(next.subList(prefix, next.size() - suffix)), suffix == 0 ? 0 : shift);
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
