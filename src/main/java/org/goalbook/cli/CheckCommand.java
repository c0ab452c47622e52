package org.goalbook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook check}: the store's health check, "ok" or one line per problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the notebook for damage. Prints \"ok\" (exit 0) or each problem (exit 2).")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (NotebookStore store = goalbook.notebook().open()) {
            List<String> problems = store.check();
            PrintWriter out = spec.commandLine().getOut();
            if (problems.isEmpty()) {
                out.println("ok");
                return 0;
            }
            problems.forEach(out::println);
            return GoalbookCli.BAD_INPUT;
        }
    }
}
