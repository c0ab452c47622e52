package org.goalbook.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.goalbook.model.Change;
import org.goalbook.model.Outline;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.TreeMoves;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook move ID --up|--down|--into ID|--out}: the window's Alt+arrow moves, from a script. */
@Command(name = "move", mixinStandardHelpOptions = true,
        description = "Moves a node up or down among its siblings, into another node (as its last child) or out of "
                + "its parent, where the journal can hold it; a skill item keeps its stance.")
final class MoveCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID", description = "The node's id, as `goalbook list` shows it.")
    private String id;
    @ArgGroup(exclusive = true, multiplicity = "1")
    private Where where;

    /** Exactly one direction. */
    static final class Where {
        @Option(names = "--up", required = true, description = "Before the sibling above it.")
        boolean up;
        @Option(names = "--down", required = true, description = "After the sibling below it.")
        boolean down;
        @Option(names = "--into", required = true, paramLabel = "ID", description = "Last inside the node ID.")
        String into;
        @Option(names = "--out", required = true, description = "Out of its parent, right after it.")
        boolean out;
    }

    @Override
    public Integer call() {
        return NodeEditCommand.run(goalbook, spec.commandLine().getOut(), this::plan,
                (before, after) -> "Moved " + NodeEditCommand.quoted(NodeArgument.node(after, id)) + " "
                        + words(before));
    }

    private List<Change> plan(Outline outline) {
        long node = NodeArgument.node(outline, id).id();
        if (where.into != null) {
            return OutlineEdits.move(outline, node, NodeArgument.node(outline, where.into).id(), -1);
        }
        return TreeMoves.step(outline, node, where.up ? TreeMoves.Step.UP
                : where.down ? TreeMoves.Step.DOWN : TreeMoves.Step.OUT);
    }

    private String words(Outline before) {
        if (where.into != null) {
            return "into " + NodeEditCommand.quoted(NodeArgument.node(before, where.into));
        }
        if (where.out) {
            return "out of " + NodeEditCommand.quoted(TreeMoves.shownParent(before, NodeArgument.node(before, id)));
        }
        return where.up ? "up" : "down";
    }
}
