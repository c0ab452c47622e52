package org.goalbook.cli;

import java.io.PrintStream;

/** The command line: parses arguments, calls the store and the journal code, prints. No JavaFX here. */
public final class GoalbookCli {
    private GoalbookCli() {
    }

    /**
     * Runs the command line. With no subcommand it opens the window through {@code launcher}.
     *
     * @return the exit code: 0 success, 1 bad usage, 2 bad input or a notebook that cannot be opened
     */
    public static int run(String[] args, PrintStream out, PrintStream err, WindowLauncher launcher) {
        throw new UnsupportedOperationException("TODO");
    }
}
