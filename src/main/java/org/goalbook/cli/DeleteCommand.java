package org.goalbook.cli;

import java.util.concurrent.Callable;

import org.goalbook.model.Node;
import org.goalbook.model.OutlineEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook delete ID}. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Deletes a node and everything below it.")
final class DeleteCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID", description = "The node's id, as `goalbook list` shows it.")
    private String id;

    @Override
    public Integer call() {
        return NodeEditCommand.run(goalbook, spec.commandLine().getOut(),
                outline -> OutlineEdits.delete(outline, NodeArgument.node(outline, id).id()),
                (before, after) -> {
                    Node gone = NodeArgument.node(before, id);
                    int below = before.subtree(gone.id()).size() - 1;
                    return "Deleted " + NodeEditCommand.quoted(gone)
                            + (below == 0 ? "" : " and " + below + " node" + (below == 1 ? "" : "s") + " below it");
                });
    }
}
