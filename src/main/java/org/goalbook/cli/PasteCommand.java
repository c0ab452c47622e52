package org.goalbook.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.goalbook.markdown.ListPaste;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook paste PARENT_ID FILE}: a Markdown list added the way the window's Paste adds it. */
@Command(name = "paste", mixinStandardHelpOptions = true,
        description = "Adds a Markdown list at the end of PARENT_ID's children, as the window's Paste does: nesting "
                + "by indentation, [x] ticks, \"Maintain: a, b\" stance lines, a trailing (Improve) for a stance.")
final class PasteCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Parameters(index = "0", paramLabel = "PARENT_ID", description = "The parent's id, as `goalbook list` shows it.")
    private String parent;
    @Parameters(index = "1", paramLabel = "FILE", description = "A Markdown file (UTF-8), or - for standard input.")
    private String file;

    @Override
    public Integer call() throws IOException {
        String text = file.equals("-") ? ListPaste.text(System.in.readAllBytes()) : ListPaste.text(Path.of(file));
        return NodeEditCommand.run(goalbook, spec.commandLine().getOut(),
                outline -> ListPaste.plan(outline, NodeArgument.node(outline, parent).id(), -1, text),
                (before, after) -> {
                    int added = after.size() - before.size();
                    return "Pasted " + added + (added == 1 ? " line" : " lines") + " into "
                            + NodeEditCommand.quoted(after.get(NodeArgument.node(after, parent).id()));
                });
    }
}
