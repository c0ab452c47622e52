package org.goalbook.cli;

import java.util.concurrent.Callable;

import org.goalbook.store.NotebookStore;
import org.goalbook.sync.LinkedJournal;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code goalbook unlink}. */
@Command(name = "unlink", mixinStandardHelpOptions = true,
        description = "Stops keeping the notebook and its linked journal file in step; both stay as they are.")
final class UnlinkCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (NotebookStore store = goalbook.notebook().openUnsynced()) {
            LinkedJournal linked = LinkedJournal.of(store);
            var file = linked.file();
            if (file.isEmpty()) {
                spec.commandLine().getOut().println("The notebook is not linked to a journal file");
                return 0;
            }
            linked.unlink();
            spec.commandLine().getOut().println("Unlinked " + file.get() + "; the file and the notebook stay as they are");
        }
        return 0;
    }
}
