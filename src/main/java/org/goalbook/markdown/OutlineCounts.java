package org.goalbook.markdown;

import java.util.EnumMap;
import java.util.Map;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.Progress;
import org.goalbook.model.Stance;

/**
 * The counts a user reads in {@code goalbook info} and beside each backup: per kind of line, how many there are,
 * how many are done and how many are skipped (a skipped line is left out of the other two). A page's task items
 * ({@code - [ ] read the SRE book}) count as items.
 */
public final class OutlineCounts {
    private final Map<NodeKind, int[]> counts = new EnumMap<>(NodeKind.class); // done, total, skipped

    private OutlineCounts() {
        for (NodeKind kind : NodeKind.values()) {
            counts.put(kind, new int[3]);
        }
    }

    public static OutlineCounts of(Outline outline) {
        OutlineCounts tally = new OutlineCounts();
        for (Node node : outline.preorder()) {
            int[] c = tally.counts.get(node.kind());
            if (node.stance() == Stance.SKIP && node.kind().isTickable()) {
                c[2]++;
                continue;
            }
            c[1]++;
            c[0] += node.done() ? 1 : 0;
            if (node.kind() == NodeKind.PAGE) {
                Progress tasks = PageTasks.progress(node.notes());
                tally.counts.get(NodeKind.ITEM)[0] += tasks.done();
                tally.counts.get(NodeKind.ITEM)[1] += tasks.total();
            }
        }
        return tally;
    }

    public int done(NodeKind kind) {
        return counts.get(kind)[0];
    }

    /** Lines of this kind that are not skipped. */
    public int total(NodeKind kind) {
        return counts.get(kind)[1];
    }

    public int skipped(NodeKind kind) {
        return counts.get(kind)[2];
    }
}
