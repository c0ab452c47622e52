package org.goalbook.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.goalbook.markdown.PageTasks;
import org.goalbook.model.OutlineEdits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook tick ID} and {@code goalbook untick ID}. */
@Command(name = "tick", mixinStandardHelpOptions = true, description = "Ticks a goal or skill item off as done today.")
class TickCommand implements Callable<Integer> {
    @ParentCommand
    GoalbookCommand goalbook;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID",
            description = "The node's id, or PAGE.N for a task in a page, as `goalbook list` shows it.")
    String id;

    boolean done() {
        return true;
    }

    @Override
    public Integer call() {
        boolean done = done();
        if (NodeArgument.isPageTask(id)) {
            return NodeEditCommand.run(goalbook, spec.commandLine().getOut(), outline -> {
                NodeArgument.PageTask task = NodeArgument.pageTask(outline, id);
                return OutlineEdits.setNotes(outline, task.page().id(),
                        PageTasks.tick(task.page().notes(), task.number(), done));
            }, (before, after) -> (done ? "Ticked " : "Unticked ") + "task " + id + " \u201c"
                    + PageTasks.of(NodeArgument.pageTask(after, id).page().notes())
                            .get(NodeArgument.pageTask(after, id).number() - 1).text() + "\u201d");
        }
        return NodeEditCommand.run(goalbook, spec.commandLine().getOut(),
                outline -> OutlineEdits.tick(outline, NodeArgument.node(outline, id).id(), done, LocalDate.now()),
                (before, after) -> (done ? "Ticked " : "Unticked ")
                        + NodeEditCommand.quoted(NodeArgument.node(after, id)));
    }

    /** {@code goalbook untick ID}. */
    @Command(name = "untick", mixinStandardHelpOptions = true, description = "Marks a goal or skill item as not done.")
    static final class Untick extends TickCommand {
        @Override
        boolean done() {
            return false;
        }
    }
}
