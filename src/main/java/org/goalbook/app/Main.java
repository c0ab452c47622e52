package org.goalbook.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.goalbook.cli.GoalbookCli;

/**
 * Starts Goalbook: with no subcommand the window, with a subcommand the command line (no display needed).
 * Not a JavaFX Application subclass, so that {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Journals are UTF-8; an export piped to a file must not depend on the terminal's locale.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = GoalbookCli.run(args, out, err, new DesktopLauncher());
        out.flush();
        err.flush();
        if (code != 0) {
            System.exit(code);
        }
    }
}
