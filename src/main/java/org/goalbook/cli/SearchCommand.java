package org.goalbook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.goalbook.markdown.NotebookProperties;
import org.goalbook.markdown.PageTasks;
import org.goalbook.model.SearchHit;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook search TEXT}: full-text search over items, goals, pages and pages' tasks, best first. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Finds the notebook's properties, items, goals, pages and the task items of pages whose name "
                + "or notes hold every word of TEXT (words may be beginnings of words). Prints id (PAGE.N for a "
                + "page's task), kind and the matching text with the match in [ ].")
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to look for.")
    private List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Show at most N matches (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
        String text = String.join(" ", words);
        try (NotebookStore store = goalbook.notebook().open()) {
            List<SearchHit> hits = store.search(text, limit, PageTasks::texts);
            PrintWriter out = spec.commandLine().getOut();
            // The notebook's properties first: they are about the whole notebook (`goalbook properties`).
            java.util.Optional<String> properties = NotebookProperties.match(store.meta(), text);
            properties.ifPresent(p -> out.printf("%6s  %-11s %s%n", "-", "properties", p));
            if (hits.isEmpty() && properties.isEmpty()) {
                out.println("No matches for \"" + text + "\".");
            }
            for (SearchHit hit : hits) {
                // A page's task under the id that `tick` and `list` use for it.
                out.printf("%6s  %-11s %s%n", hit.isPageTask() ? hit.nodeId() + "." + hit.task() : hit.nodeId(),
                        hit.isPageTask() ? "task" : hit.kind().name().toLowerCase(Locale.ROOT), shown(hit));
            }
            return 0;
        }
    }

    /** The snippet, led by the name when the match lies in the notes. */
    private static String shown(SearchHit hit) {
        String unmarked = hit.snippet().replace("[", "").replace("]", "");
        boolean inName = unmarked.equals(hit.name().replace("[", "").replace("]", ""));
        return inName ? hit.snippet() : hit.name() + " — " + hit.snippet();
    }
}
