package org.goalbook.markdown.preview;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Ticks or unticks the task item whose box the user clicked in the preview, changing exactly one character of the
 * note: {@code [ ]} becomes {@code [x]}, {@code [x]} or {@code [X]} becomes {@code [ ]}.
 */
public final class TaskToggle {
    private TaskToggle() {
    }

    /**
     * @param itemOffset the offset {@code PreviewPane} reported (the task item's first character)
     * @return the note with that item's box flipped, or the note unchanged when no task item starts there
     *         (for example because the text changed since the preview was rendered)
     */
    public static String toggle(ParsedMarkdown parsed, int itemOffset) {
        TaskListItem item = itemAt(parsed.document(), itemOffset);
        if (item == null) {
            return parsed.source();
        }
        BasedSequence box = item.getMarkerSuffix(); // "[ ]", "[x]" or "[X]", with its offsets in the note
        int state = box.getStartOffset() + 1;
        char flipped = item.isItemDoneMarker() ? ' ' : 'x';
        String source = parsed.source();
        return source.substring(0, state) + flipped + source.substring(state + 1);
    }

    private static TaskListItem itemAt(Node node, int offset) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child.getStartOffset() > offset) {
                return null;
            }
            if (child.getEndOffset() >= offset) {
                if (child instanceof TaskListItem item && item.getStartOffset() == offset) {
                    return item;
                }
                TaskListItem inside = itemAt(child, offset);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }
}
