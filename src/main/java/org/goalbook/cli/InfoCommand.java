package org.goalbook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.goalbook.markdown.OutlineCounts;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
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
            OutlineCounts counts = OutlineCounts.of(outline);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Notebook  %s%n", store.path());
            out.printf("Schema    %d%n", store.schemaVersion());
            out.printf("Years     %d%n", counts.total(NodeKind.YEAR));
            out.printf("Goals     %s%n", progress(counts, NodeKind.GOAL));
            out.printf("Areas     %d%n", counts.total(NodeKind.AREA));
            out.printf("Topics    %d%n", counts.total(NodeKind.TOPIC));
            out.printf("Items     %s%n", progress(counts, NodeKind.ITEM));
            out.printf("Pages     %d%n", counts.total(NodeKind.PAGE));
            store.setting(NotebookStore.IMPORTED_FROM).ifPresent(from -> out.printf("Journal   %s%n", from));
            return 0;
        }
    }

    private static String progress(OutlineCounts counts, NodeKind kind) {
        int skipped = counts.skipped(kind);
        return counts.done(kind) + "/" + counts.total(kind) + " done" + (skipped == 0 ? "" : ", " + skipped + " skipped");
    }
}
