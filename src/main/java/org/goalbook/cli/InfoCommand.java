package org.goalbook.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.goalbook.markdown.PageTasks;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.Progress;
import org.goalbook.model.Stance;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook info}: where the notebook is and how much it holds. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Shows the notebook's file, schema version, counts of years, goals, areas, topics, items "
                + "and pages, and the journal it was last imported from.")
final class InfoCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (NotebookStore store = goalbook.notebook().open()) {
            Outline outline = store.outline();
            Map<NodeKind, int[]> counts = new EnumMap<>(NodeKind.class);
            for (NodeKind kind : NodeKind.values()) {
                counts.put(kind, new int[3]); // done, total, skipped; as Outline.progress counts
            }
            for (Node node : outline.preorder()) {
                int[] c = counts.get(node.kind());
                if (node.stance() == Stance.SKIP && node.kind().isTickable()) {
                    c[2]++;
                    continue;
                }
                c[1]++;
                c[0] += node.done() ? 1 : 0;
                if (node.kind() == NodeKind.PAGE) {
                    // A task item in a page ("- [ ] read the SRE book") is an item too.
                    Progress tasks = PageTasks.progress(node.notes());
                    counts.get(NodeKind.ITEM)[0] += tasks.done();
                    counts.get(NodeKind.ITEM)[1] += tasks.total();
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Notebook  %s%n", store.path());
            out.printf("Schema    %d%n", store.schemaVersion());
            out.printf("Years     %d%n", counts.get(NodeKind.YEAR)[1]);
            out.printf("Goals     %s%n", progress(counts.get(NodeKind.GOAL)));
            out.printf("Areas     %d%n", counts.get(NodeKind.AREA)[1]);
            out.printf("Topics    %d%n", counts.get(NodeKind.TOPIC)[1]);
            out.printf("Items     %s%n", progress(counts.get(NodeKind.ITEM)));
            out.printf("Pages     %d%n", counts.get(NodeKind.PAGE)[1]);
            store.setting(NotebookStore.IMPORTED_FROM).ifPresent(from -> out.printf("Journal   %s%n", from));
            return 0;
        }
    }

    private static String progress(int[] c) {
        return c[0] + "/" + c[1] + " done" + (c[2] == 0 ? "" : ", " + c[2] + " skipped");
    }
}
