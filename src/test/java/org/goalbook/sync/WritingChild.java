package org.goalbook.sync;

import java.nio.file.Path;

/**
 * A child process for the crash tests: writes the journal file again and again, alternating two texts, until it is
 * killed; or once, printing the problem, when told {@code once}.
 */
public final class WritingChild {
    private WritingChild() {
    }

    public static void main(String[] args) {
        JournalFile file = new JournalFile(Path.of(args[0]));
        String a = CrashTexts.text('a');
        String b = CrashTexts.text('b');
        if (args.length > 1 && args[1].equals("once")) {
            try {
                file.write(CrashTexts.text('c'));
            } catch (LinkProblem e) {
                System.err.println(e.getMessage());
                System.exit(2);
            }
            return;
        }
        System.out.println("writing");
        System.out.flush();
        for (long i = 0; ; i++) {
            file.write(i % 2 == 0 ? b : a);
        }
    }

    /** Texts of about a megabyte each, so that a write takes long enough to be interrupted. */
    static final class CrashTexts {
        private CrashTexts() {
        }

        static String text(char fill) {
            StringBuilder s = new StringBuilder("# Journal ").append(fill).append('\n');
            String line = String.valueOf(fill).repeat(79) + "\n";
            while (s.length() < 1_000_000) {
                s.append(line);
            }
            return s.toString();
        }
    }
}
