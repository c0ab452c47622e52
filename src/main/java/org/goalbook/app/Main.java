package org.goalbook.app;

import org.goalbook.cli.GoalbookCli;

/**
 * Starts Goalbook: with no subcommand the window, with a subcommand the command line (no display needed).
 * Not a JavaFX Application subclass, so that {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = GoalbookCli.run(args, System.out, System.err, DesktopLauncher::open);
        if (code != 0) {
            System.exit(code);
        }
    }
}
