package org.goalbook.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;

import org.goalbook.clip.ClipRefused;
import org.goalbook.exchange.ExchangeException;
import org.goalbook.markdown.JournalException;
import org.goalbook.model.EditRefused;
import org.goalbook.review.ReviewException;
import org.goalbook.store.NotebookException;
import org.goalbook.sync.LinkProblem;
import picocli.CommandLine;

/** The command line: parses arguments, calls the store and the journal code, prints. No JavaFX here. */
public final class GoalbookCli {
    /** Exit code for a wrong command line: unknown option or subcommand, missing argument. */
    public static final int BAD_USAGE = 1;
    /** Exit code for bad input or a notebook that cannot be opened or is damaged. */
    public static final int BAD_INPUT = 2;
    /** Exit code of {@code goalbook sync} when the linked journal has an unresolved conflict. */
    public static final int CONFLICT = 3;

    private GoalbookCli() {
    }

    /**
     * Runs the command line. With no subcommand it opens the window through {@code launcher}.
     *
     * @return the exit code: 0 success, 1 bad usage, 2 bad input or a notebook that cannot be opened
     */
    public static int run(String[] args, PrintStream out, PrintStream err, WindowLauncher launcher) {
        Optional<WindowStart> window = WindowStart.recognise(args);
        if (window.isPresent()) {
            try {
                return window.get().run(err::println, launcher);
            } catch (RuntimeException e) {
                if (usersProblem(e)) {
                    err.println(e.getMessage());
                    return BAD_INPUT;
                }
                throw e;
            }
        }
        CommandLine commandLine = new CommandLine(new GoalbookCommand(launcher, out));
        commandLine.setOut(writer(out));
        commandLine.setErr(writer(err));
        setExitCodes(commandLine);
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            if (usersProblem(e)) {
                failed.getErr().println(e.getMessage()); // the user's problem: one line, no stack trace
                return BAD_INPUT;
            }
            throw e;
        });
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return code;
    }

    /** An exception the user caused (bad input, a notebook that cannot be used): one line, exit code 2. */
    private static boolean usersProblem(Exception e) {
        return e instanceof NotebookException || e instanceof EditRefused || e instanceof JournalException
                || e instanceof ExchangeException || e instanceof ReviewException || e instanceof ClipRefused
                || e instanceof WindowUnavailable || e instanceof LinkProblem;
    }

    /**
     * picocli's default for a usage error is 2 and for a crash 1; ours are 1 and 2 (a crash is reported with its
     * stack trace), for every subcommand at any depth.
     */
    private static void setExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(BAD_USAGE);
        commandLine.getCommandSpec().exitCodeOnExecutionException(BAD_INPUT);
        commandLine.getSubcommands().values().forEach(GoalbookCli::setExitCodes);
    }

    /** Writes through the stream itself, so the stream's own charset applies (Java 17 cannot tell what it is). */
    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) {
                stream.print(new String(chars, offset, length));
            }

            @Override
            public void flush() {
                stream.flush();
            }

            @Override
            public void close() {
                stream.flush();
            }
        }, true);
    }
}
