package org.goalbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.goalbook.store.NotebookStore;
import org.goalbook.sync.LinkedJournal;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code goalbook link FILE [--replace-notebook | --overwrite-file]}. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Links the notebook to a Markdown journal file and keeps the two in step from now on: every "
                + "change is written to the file, and changes made to the file elsewhere are merged in. A missing "
                + "file is written from the notebook; an empty notebook reads the file. When both have text and it "
                + "differs, choose --replace-notebook or --overwrite-file.")
final class LinkCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE", description = "The journal file (.md).")
    private Path file;
    @ArgGroup(exclusive = true)
    private Choice choice;

    /** What to do when notebook and file differ. */
    static final class Choice {
        @Option(names = "--replace-notebook", description = "The file's text replaces the notebook's contents.")
        boolean replaceNotebook;
        @Option(names = "--overwrite-file", description = "The notebook is written over the file.")
        boolean overwriteFile;
    }

    @Override
    public Integer call() {
        LinkedJournal.Differing differing = choice == null ? LinkedJournal.Differing.REFUSE
                : choice.replaceNotebook ? LinkedJournal.Differing.REPLACE_NOTEBOOK
                : LinkedJournal.Differing.OVERWRITE_FILE;
        try (NotebookStore store = goalbook.notebook().openUnsynced()) {
            spec.commandLine().getOut().println(LinkedJournal.of(store).link(file, differing));
        }
        return 0;
    }
}
