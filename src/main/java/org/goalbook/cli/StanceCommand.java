package org.goalbook.cli;

import java.util.concurrent.Callable;

import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Stance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook stance ID maintain|improve|explore|skip|none}. */
@Command(name = "stance", mixinStandardHelpOptions = true, description = "Sets or clears a skill item's stance.")
final class StanceCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID", description = "The item's id, as `goalbook list` shows it.")
    private String id;
    @Parameters(index = "1", paramLabel = "STANCE", description = "maintain, improve, explore, skip or none.")
    private String stance;

    @Override
    public Integer call() {
        Stance s = NodeArgument.stance(stance);
        return NodeEditCommand.run(goalbook, spec.commandLine().getOut(),
                outline -> OutlineEdits.setStance(outline, NodeArgument.node(outline, id).id(), s),
                (before, after) -> NodeEditCommand.quoted(NodeArgument.node(after, id)) + " is now "
                        + (s == null ? "without a stance" : s.label().toLowerCase()));
    }
}
