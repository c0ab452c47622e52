package org.goalbook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.goalbook.markdown.NotebookProperties;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.PageSections;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook properties [set KEY VALUE]}: the notebook's properties, its journal's front matter. */
@Command(name = "properties", mixinStandardHelpOptions = true, subcommands = PropertiesCommand.Set.class,
        description = "Prints the notebook's properties (the journal's front matter: title, author, status, date, "
                + "tags) and where its opening text is; `properties set KEY VALUE` changes one.")
final class PropertiesCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (NotebookStore store = goalbook.notebook().open()) {
            PrintWriter out = spec.commandLine().getOut();
            NotebookMeta meta = store.meta();
            print(out, meta);
            NotebookProperties.problems(meta).forEach(spec.commandLine().getErr()::println);
            PageSections.opening(store.outline()).ifPresent(o -> out.println("opening: the text before the first "
                    + "heading, `goalbook notes " + o.id() + "` (--set to change it)"));
            return 0;
        }
    }

    static void print(PrintWriter out, NotebookMeta meta) {
        for (Map.Entry<String, String> e : NotebookProperties.values(meta).entrySet()) {
            out.println(e.getKey() + ": " + e.getValue());
        }
    }

    /** {@code goalbook properties set KEY VALUE}. */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Changes one property, stored at once; the front matter keeps every other line as written. "
                    + "Tags are given separated by commas.")
    static final class Set implements Callable<Integer> {
        @ParentCommand
        private PropertiesCommand properties;
        @Spec
        private CommandSpec spec;
        @Parameters(index = "0", paramLabel = "KEY", description = "title, author, status, date or tags.")
        private String key;
        @Parameters(index = "1..*", arity = "0..*", paramLabel = "VALUE",
                description = "The new value (words joined by spaces; none: empty).")
        private List<String> value = List.of();

        @Override
        public Integer call() {
            try (NotebookStore store = properties.goalbook.notebook().open()) {
                NotebookMeta after = NotebookProperties.with(store.meta(), key, String.join(" ", value));
                store.setMeta(after);
                print(spec.commandLine().getOut(), after);
                return 0;
            }
        }
    }
}
