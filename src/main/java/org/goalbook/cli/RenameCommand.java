package org.goalbook.cli;

import java.util.concurrent.Callable;

import org.goalbook.model.OutlineEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook rename ID NAME}. */
@Command(name = "rename", mixinStandardHelpOptions = true, description = "Renames a node.")
final class RenameCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID", description = "The node's id, as `goalbook list` shows it.")
    private String id;
    @Parameters(index = "1", paramLabel = "NAME", description = "The new name (Markdown allowed).")
    private String name;

    @Override
    public Integer call() {
        return NodeEditCommand.run(goalbook, spec.commandLine().getOut(),
                outline -> OutlineEdits.rename(outline, NodeArgument.node(outline, id).id(), name),
                (before, after) -> "Renamed " + NodeEditCommand.quoted(NodeArgument.node(before, id)) + " to \u201c"
                        + NodeArgument.node(after, id).displayName() + "\u201d");
    }
}
