package org.goalbook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook check}: the store's health check, "ok" or one line per problem; with a repair of the search index. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the notebook for damage. Prints \"ok\" (exit 0) or each problem (exit 2).")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--repair", description = "First rebuild the search index from the notes (which stay as they are).")
    private boolean repair;

    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (NotebookStore store = goalbook.notebook().open()) {
            PrintWriter out = spec.commandLine().getOut();
            if (repair) {
                store.rebuildSearchIndex();
                out.println("rebuilt the search index from the notes");
            }
            List<String> problems = store.check();
            if (problems.isEmpty()) {
                out.println("ok");
                return 0;
            }
            problems.forEach(out::println);
            return GoalbookCli.BAD_INPUT;
        }
    }
}
