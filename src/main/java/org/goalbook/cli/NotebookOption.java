package org.goalbook.cli;

import java.nio.file.Path;
import java.time.Clock;

import org.goalbook.history.Backups;
import org.goalbook.store.NotebookPaths;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code --notebook PATH} option every command shares, mixed into the top command and inherited by every
 * subcommand, so it may stand before or after the subcommand's name. Subcommands reach it through their parent.
 */
public final class NotebookOption {
    /** The option's name, also read by {@link WindowStart} before picocli is built. */
    static final String NAME = "--notebook";

    @Option(names = NAME, paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The notebook file (default: notebook.goalbook in the platform's data folder).")
    private Path notebook;
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The notebook named on the command line, else the platform's default one (made with an example if new). */
    public Path path() {
        return notebook != null ? notebook : standardNotebook();
    }

    /** The platform's default notebook, made with the example plan if it does not exist yet. */
    static Path standardNotebook() {
        Path standard = NotebookPaths.defaultNotebook();
        DefaultNotebook.ensureExists(standard);
        return standard;
    }

    /** Whether the command line named a notebook. */
    public boolean named() {
        return notebook != null;
    }

    /**
     * Opens the notebook; a {@code NotebookException} here ends the command with its message and exit code 2. What the
     * store has to tell about the opening (a write-ahead log moved aside) goes to stderr, a line each, and so does a
     * backup that could not be made before a change (the change goes ahead).
     */
    public NotebookStore open() {
        NotebookStore store = openUnsynced();
        LinkedCall.follow(store, command.commandLine().getErr());
        return store;
    }

    /** Opens the notebook without bringing a linked journal file in step (the link commands do that themselves). */
    public NotebookStore openUnsynced() {
        NotebookStore store = NotebookStore.open(path());
        store.notices().forEach(command.commandLine().getErr()::println);
        Backups.keep(store, Clock.systemDefaultZone(), command.commandLine().getErr()::println);
        return store;
    }
}
