package org.goalbook.cli;

import java.nio.file.Path;

import org.goalbook.store.NotebookPaths;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code --notebook PATH} option every command shares, mixed into the top command and inherited by every
 * subcommand, so it may stand before or after the subcommand's name. Subcommands reach it through their parent.
 */
public final class NotebookOption {
    @Option(names = "--notebook", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The notebook file (default: notebook.goalbook in the platform's data folder).")
    private Path notebook;

    /** The notebook named on the command line, else the platform's default one (made with an example if new). */
    public Path path() {
        if (notebook != null) {
            return notebook;
        }
        Path standard = NotebookPaths.defaultNotebook();
        DefaultNotebook.ensureExists(standard);
        return standard;
    }

    /** Whether the command line named a notebook. */
    public boolean named() {
        return notebook != null;
    }

    /** Opens the notebook; a {@code NotebookException} here ends the command with its message and exit code 2. */
    public NotebookStore open() {
        return NotebookStore.open(path());
    }
}
