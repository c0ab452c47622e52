package org.goalbook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.goalbook.model.EditRefused;
import org.goalbook.store.NotebookStore;
import org.goalbook.sync.Conflict;
import org.goalbook.sync.LinkedJournal;
import org.goalbook.sync.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code goalbook sync [--keep notebook|file]}: once, for git hooks. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Brings the notebook and its linked journal file in step once (for git hooks): the file's "
                + "changes are merged in, the notebook's written out. Exit code 3 and the conflicting lines when the "
                + "same lines changed on both sides; --keep resolves them.")
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Option(names = "--keep", paramLabel = "SIDE",
            description = "Resolves conflicts keeping the notebook's lines (notebook) or the file's (file).")
    private String keep;

    @Override
    public Integer call() {
        LinkedJournal.Side side = side();
        try (NotebookStore store = goalbook.notebook().openUnsynced()) {
            LinkedJournal linked = LinkedJournal.of(store);
            if (linked.file().isEmpty()) {
                throw new EditRefused("The notebook is not linked to a journal file: `goalbook link FILE` links it");
            }
            PrintWriter out = spec.commandLine().getOut();
            SyncReport report = linked.sync();
            if (side != null && report.conflicted()) {
                int taken = linked.resolve(side);
                out.println("Resolved " + count(report.conflicts().size()) + " keeping the "
                        + (side == LinkedJournal.Side.NOTEBOOK ? "notebook's lines"
                        : "file's lines (" + taken + " taken)"));
                return 0;
            }
            out.println(said(report, linked));
            if (report.conflicted()) {
                printConflicts(report.conflicts(), spec.commandLine().getErr());
                return GoalbookCli.CONFLICT;
            }
            return 0;
        }
    }

    private LinkedJournal.Side side() {
        if (keep == null) {
            return null;
        }
        return switch (keep.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "notebook" -> LinkedJournal.Side.NOTEBOOK;
            case "file" -> LinkedJournal.Side.FILE;
            default -> throw new ParameterException(spec.commandLine(), "--keep takes notebook or file, not \""
                    + keep + "\"");
        };
    }

    private static String said(SyncReport report, LinkedJournal linked) {
        String file = linked.file().map(Object::toString).orElse("");
        return switch (report.outcome()) {
            case NOT_LINKED -> "Not linked";
            case IN_STEP -> "In step with " + file;
            case WROTE_FILE -> "Wrote the notebook's changes to " + file;
            case READ_FILE -> "Read the changes in " + file + " into the notebook";
            case MERGED -> "Merged the changes in " + file + " with the notebook's";
        };
    }

    static String count(int conflicts) {
        return conflicts == 1 ? "1 conflict" : conflicts + " conflicts";
    }

    /** Each conflict as {@code diff3} shows one, so a git hook's output reads familiarly. */
    private static void printConflicts(List<Conflict> conflicts, PrintWriter err) {
        err.println(count(conflicts.size()) + " not resolved (the notebook's lines are kept until then; "
                + "`goalbook sync --keep notebook` or `--keep file` resolves):");
        for (Conflict c : conflicts) {
            err.println("<<<<<<< notebook (line " + c.line() + ")");
            err.print(ended(c.ours()));
            err.println("=======");
            err.print(ended(c.theirs()));
            err.println(">>>>>>> file");
        }
        err.flush();
    }

    private static String ended(String lines) {
        String lf = lines.replace("\r\n", "\n");
        return lf.isEmpty() || lf.endsWith("\n") ? lf.replace("\n", System.lineSeparator())
                : (lf + "\n").replace("\n", System.lineSeparator());
    }
}
