package org.goalbook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

import org.goalbook.model.Change;
import org.goalbook.model.Node;
import org.goalbook.model.Outline;
import org.goalbook.store.NotebookStore;

/** Runs one edit from the command line: plan it against the outline, store it in one transaction, say what changed. */
final class NodeEditCommand {
    private NodeEditCommand() {
    }

    /**
     * @param plan    the edit, given the outline
     * @param message what to print afterwards, given the outline before and after
     */
    static int run(GoalbookCommand goalbook, PrintWriter out, Function<Outline, List<Change>> plan,
                   Reporter message) {
        try (NotebookStore store = goalbook.notebook().open()) {
            Outline before = store.outline();
            List<Change> changes = plan.apply(before);
            store.apply(changes);
            out.println(message.report(before, changes.isEmpty() ? before : store.outline()));
            return 0;
        }
    }

    /** Words for what an edit did. */
    @FunctionalInterface
    interface Reporter {
        String report(Outline before, Outline after);
    }

    static String quoted(Node n) {
        return "\u201c" + n.displayName() + "\u201d (#" + n.id() + ")";
    }
}
