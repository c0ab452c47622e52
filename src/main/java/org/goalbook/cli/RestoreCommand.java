package org.goalbook.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.goalbook.history.Backup;
import org.goalbook.history.Backups;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook restore FILE}: the notebook replaced by a backup, after a backup of the notebook as it is. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replaces the notebook by a backup: FILE is a name that `goalbook backups` lists, or the path of "
                + "any notebook file. The notebook as it is is backed up first; restoring that backup undoes the "
                + "restore. A damaged or foreign file is refused and the notebook stays as it was.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE", description = "The backup: a file name from `goalbook backups`, "
            + "or a path.")
    private String typed;

    @Override
    public Integer call() {
        try (NotebookStore store = goalbook.notebook().open()) {
            Backups backups = Backups.of(store.path(), Clock.systemDefaultZone());
            Path source = backups.resolve(typed);
            String holds = Backups.contents(source).toString();
            Backup before = backups.restore(store, source);
            spec.commandLine().getOut().printf("Restored %s (%s).%nThe notebook as it was is in %s; "
                    + "`goalbook restore %s` brings it back.%n", source.getFileName(), holds, before.file(),
                    before.name());
            return 0;
        }
    }
}
