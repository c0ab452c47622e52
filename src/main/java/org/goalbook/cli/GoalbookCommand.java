package org.goalbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** {@code goalbook}: with no subcommand, opens the window on the notebook (see {@link WindowStart}). */
@Command(name = "goalbook", mixinStandardHelpOptions = true, versionProvider = GoalbookVersion.class,
        description = "A notebook for yearly learning goals. Without a command, opens the window.",
        subcommands = {InfoCommand.class, CheckCommand.class, SearchCommand.class, ListCommand.class,
            ImportCommand.class, ExportCommand.class, TickCommand.class, TickCommand.Untick.class,
            StanceCommand.class, AddCommand.class, RenameCommand.class, DeleteCommand.class,
            MoveCommand.class, PasteCommand.class, HistoryCommand.class, ProgressCommand.class,
            ReviewCommand.class, ClipCommand.class, InboxCommand.class,
            NotesCommand.class, BackupsCommand.class, RestoreCommand.class, NewYearCommand.class,
            LinkCommand.class, UnlinkCommand.class, SyncCommand.class, PropertiesCommand.class})
public final class GoalbookCommand implements Callable<Integer> {
    @Mixin
    private NotebookOption notebook;
    @Spec
    private CommandSpec spec;

    // The desktop entry opens a double-clicked notebook as `goalbook FILE` (Exec=… %F).
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A notebook to open in the window (as --notebook).")
    private String file;

    private final WindowLauncher launcher;
    private final java.io.PrintStream bytesOut;

    GoalbookCommand(WindowLauncher launcher, java.io.PrintStream bytesOut) {
        this.launcher = launcher;
        this.bytesOut = bytesOut;
    }

    /** Standard output as bytes, for exports that must reach a pipe exactly as UTF-8 whatever the locale. */
    java.io.PrintStream bytesOut() {
        return bytesOut;
    }

    /** The shared {@code --notebook} option, for subcommands (through {@code @ParentCommand}). */
    public NotebookOption notebook() {
        return notebook;
    }

    @Override
    public Integer call() {
        Path named = file != null ? notebookFile() : notebook.named() ? notebook.path() : null;
        return new WindowStart(named).run(spec.commandLine().getErr()::println, launcher);
    }

    /** FILE, when it names a notebook; a mistyped command ({@code goalbook inof}) stays a usage error. */
    private Path notebookFile() {
        Path path = Path.of(file);
        if (WindowStart.isNotebookFile(file) || java.nio.file.Files.isRegularFile(path)) {
            return path;
        }
        CommandLine commandLine = spec.commandLine();
        int index = commandLine.getParseResult().originalArgs().indexOf(file);
        // As picocli words an unknown command before FILE existed, with its "Did you mean" suggestions.
        throw new UnmatchedArgumentException(commandLine, "Unmatched argument at index " + index + ": '" + file + "'") {
            private static final long serialVersionUID = 1L;

            @Override
            public java.util.List<String> getSuggestions() {
                return new UnmatchedArgumentException(commandLine, java.util.List.of(file)).getSuggestions();
            }
        };
    }
}
