package org.goalbook.cli;

import java.util.concurrent.Callable;

import org.goalbook.model.Node;
import org.goalbook.model.Outline;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Stance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook add PARENT_ID NAME [--stance S]}. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Adds a node at the end of PARENT_ID's children: a goal under a goal or Strategic, an area under "
                + "Tactical, a topic under an area, a skill item under a topic or item; PARENT_ID 0 adds a year.")
final class AddCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Parameters(index = "0", paramLabel = "PARENT_ID", description = "The parent's id, as `goalbook list` shows it.")
    private String parent;
    @Parameters(index = "1", paramLabel = "NAME", description = "The new node's name (Markdown allowed).")
    private String name;
    @Option(names = "--stance", paramLabel = "STANCE",
            description = "For a skill item: maintain, improve, explore, skip or none.")
    private String stance;

    @Override
    public Integer call() {
        Stance s = stance == null ? null : NodeArgument.stance(stance);
        return NodeEditCommand.run(goalbook, spec.commandLine().getOut(),
                outline -> OutlineEdits.add(outline, parentId(outline), -1, name, s),
                (before, after) -> "Added " + NodeEditCommand.quoted(added(before, after)));
    }

    private long parentId(Outline outline) {
        return parent.equals("0") ? 0 : NodeArgument.node(outline, parent).id();
    }

    private Node added(Outline before, Outline after) {
        return after.preorder().stream()
                .filter(n -> before.find(n.id()).isEmpty() && n.name().equals(name.strip()))
                .findFirst().orElseThrow();
    }
}
