package org.goalbook.ui.preview;

import java.util.List;

/**
 * The smallest change from the blocks on screen to a new render: keep the unchanged blocks at both ends, replace
 * {@code removeCount} blocks from {@code start} with {@code inserted}. Typing changes one block, so one block is
 * replaced and the rest of the page, and its scroll position, stay put.
 */
record BlockPatch(int start, int removeCount, List<String> inserted) {

    static BlockPatch between(List<String> shown, List<String> next) {
        int prefix = 0;
        int shorter = Math.min(shown.size(), next.size());
        while (prefix < shorter && shown.get(prefix).equals(next.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && shown.get(shown.size() - 1 - suffix).equals(next.get(next.size() - 1 - suffix))) {
            suffix++;
        }
        return new BlockPatch(prefix, shown.size() - prefix - suffix,
                List.copyOf(next.subList(prefix, next.size() - suffix)));
    }

    boolean isEmpty() {
        return removeCount == 0 && inserted.isEmpty();
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
        return call.append("])").toString();
    }
}
