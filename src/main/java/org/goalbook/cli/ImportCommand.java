package org.goalbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.goalbook.exchange.ExchangeException;
import org.goalbook.exchange.JsonBackup;
import org.goalbook.markdown.JournalImporter;
import org.goalbook.markdown.JournalMerge;
import org.goalbook.markdown.NotebookProperties;
import org.goalbook.model.Notebook;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook import FILE [--replace]}: a Markdown journal, or a JSON backup (by its .json name). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a Markdown journal, or restores a JSON backup (a file ending in .json). Years and pages "
                + "the notebook already has are refused unless --replace is given. All or nothing: on any problem "
                + "the notebook is left as it was.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE", description = "The journal (.md) or backup (.json) to import.")
    private Path file;
    @Option(names = "--replace", description = "Replace years and pages of the same name.")
    private boolean replace;

    @Override
    public Integer call() {
        Notebook imported = read(file);
        try (NotebookStore store = goalbook.notebook().open()) {
            Notebook merged = JournalMerge.merge(store.notebook(), imported, replace);
            store.replaceAll(merged);
            if (isJournal(file)) {
                store.putSettings(java.util.Map.of(NotebookStore.IMPORTED_FROM, file.toAbsolutePath().normalize().toString()));
            }
            long years = imported.outline().roots().stream().filter(n -> n.kind() == org.goalbook.model.NodeKind.YEAR)
                    .count();
            spec.commandLine().getOut().printf("Imported %s: %d year%s, %d page%s, %d nodes%n", file.getFileName(),
                    years, years == 1 ? "" : "s", imported.outline().roots().size() - years,
                    imported.outline().roots().size() - years == 1 ? "" : "s", imported.outline().size());
            NotebookProperties.problems(imported.meta()).forEach(spec.commandLine().getErr()::println);
            return 0;
        }
    }

    /** A Markdown journal rather than a JSON backup. */
    static boolean isJournal(Path file) {
        return file.getFileName() == null || !file.getFileName().toString().toLowerCase().endsWith(".json");
    }

    static Notebook read(Path file) {
        if (!isJournal(file)) {
            String text = JournalImporter.readText(file);
            try {
                return JsonBackup.read(text);
            } catch (ExchangeException e) {
                throw new ExchangeException(file + ": " + e.getMessage());
            }
        }
        return JournalImporter.readFile(file);
    }
}
