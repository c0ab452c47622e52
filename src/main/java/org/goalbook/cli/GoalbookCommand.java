package org.goalbook.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.goalbook.store.NotebookException;
import org.goalbook.store.NotebookInUse;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** {@code goalbook}: with no subcommand, checks that the notebook opens and opens the window on it. */
@Command(name = "goalbook", mixinStandardHelpOptions = true, versionProvider = GoalbookVersion.class,
        description = "A notebook for yearly learning goals. Without a command, opens the window.",
        subcommands = {InfoCommand.class, CheckCommand.class, SearchCommand.class, ListCommand.class,
            ImportCommand.class, ExportCommand.class, TickCommand.class, TickCommand.Untick.class,
            StanceCommand.class, AddCommand.class, RenameCommand.class, DeleteCommand.class,
            MoveCommand.class, PasteCommand.class, HistoryCommand.class, ProgressCommand.class,
            ReviewCommand.class, ClipCommand.class, InboxCommand.class,
            NotesCommand.class,
            LinkCommand.class, UnlinkCommand.class, SyncCommand.class})
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
        Path path = file != null ? notebookFile()
                : notebook.named() ? notebook.path()
                : launcher.lastNotebook().filter(java.nio.file.Files::isRegularFile).orElseGet(notebook::path);
        // Check the file here: a bad one gets its one-line message and exit code 2 before any window appears. The
        // window opens anyway, because a start from the desktop has nobody reading stderr: it opens the file again
        // itself and says the same in a dialog, with no notebook open and every menu usable.
        try {
            NotebookStore.open(path).close();
        } catch (NotebookInUse refused) {
            // Started again on a notebook that is open: the window there comes forward instead.
            if (launcher.handOver(refused, path)) {
                return 0;
            }
            throw refused;
        } catch (NotebookException e) {
            spec.commandLine().getErr().println(e.getMessage());
            launcher.open(path);
            return GoalbookCli.BAD_INPUT;
        }
        launcher.open(path);
        return 0;
    }

    /** FILE, when it names a notebook; a mistyped command ({@code goalbook inof}) stays a usage error. */
    private Path notebookFile() {
        Path path = Path.of(file);
        if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".goalbook") || java.nio.file.Files.isRegularFile(path)) {
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
