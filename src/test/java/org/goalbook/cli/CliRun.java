package org.goalbook.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One run of the command line on a notebook, as a shell would make it: the arguments, then {@code --notebook PATH};
 * standard output and error captured (line ends as {@code \n}). No window may open.
 */
record CliRun(int code, byte[] outBytes, String out, String err) {

    static CliRun on(Path notebook, String... args) {
        return on(notebook, null, args);
    }

    /** With {@code stdin} (null: none given) as standard input for the run. */
    static CliRun on(Path notebook, String stdin, String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--notebook";
        full[args.length + 1] = notebook.toString();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        InputStream in = System.in;
        if (stdin != null) {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            int code = GoalbookCli.run(full, new PrintStream(o, true, StandardCharsets.UTF_8),
                    new PrintStream(e, true, StandardCharsets.UTF_8), path -> {
                        throw new AssertionError("no window in a command test");
                    });
            return new CliRun(code, o.toByteArray(), lines(o), lines(e));
        } finally {
            System.setIn(in);
        }
    }

    private static String lines(ByteArrayOutputStream captured) {
        return captured.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
