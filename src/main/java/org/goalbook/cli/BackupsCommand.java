package org.goalbook.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.goalbook.history.Backup;
import org.goalbook.history.BackupDates;
import org.goalbook.history.Backups;
import org.goalbook.store.NotebookException;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook backups}: the notebook's rolling backups, newest first, with what each holds. */
@Command(name = "backups", mixinStandardHelpOptions = true,
        description = "Lists the notebook's backups, newest first: when each was made, why (daily, before import, "
                + "before restore), what it holds, and its file name for `goalbook restore`. Backups are made at the "
                + "first change of each day and before every import and restore, in the folder NOTEBOOK-backups "
                + "beside the notebook; the 7 latest days and one backup of each of the 4 weeks before are kept.")
final class BackupsCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        // Opened like every command, so a notebook open in the window is refused here too.
        try (NotebookStore store = goalbook.notebook().open()) {
            Backups backups = Backups.of(store.path(), Clock.systemDefaultZone());
            List<Backup> all = backups.list();
            PrintWriter out = spec.commandLine().getOut();
            if (all.isEmpty()) {
                out.println("No backups yet in " + backups.folder() + "; one is made at the first change of each "
                        + "day and before every import or restore.");
                return 0;
            }
            out.println("Backups in " + backups.folder() + ", newest first:");
            for (Backup b : all) {
                String holds;
                try {
                    holds = Backups.contents(b.file()).toString();
                } catch (NotebookException e) {
                    holds = "cannot be read: " + e.getMessage();
                }
                out.printf("%-21s %-15s %-30s %s%n", BackupDates.shown(b.made()), b.kind().label(), holds, b.name());
            }
            return 0;
        }
    }
}
