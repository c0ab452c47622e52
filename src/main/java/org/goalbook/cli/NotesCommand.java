package org.goalbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.goalbook.markdown.JournalException;
import org.goalbook.markdown.JournalImporter;
import org.goalbook.model.Node;
import org.goalbook.model.OutlineEdits;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook notes ID [--set FILE|-]}: a node's Markdown notes (a page's whole text), read or replaced. */
@Command(name = "notes", mixinStandardHelpOptions = true,
        description = "Prints a node's Markdown notes (a page's text), or replaces them with --set.")
final class NotesCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID", description = "The node's or page's id, as `goalbook list` shows it.")
    private String id;
    @Option(names = "--set", paramLabel = "FILE",
            description = "Replace the notes with this UTF-8 Markdown file (- for standard input), as one change.")
    private String set;

    @Override
    public Integer call() throws IOException {
        if (set == null) {
            try (NotebookStore store = goalbook.notebook().open()) {
                Node n = NodeArgument.node(store.outline(), id);
                // Exactly the stored text, as UTF-8 bytes, so that `notes ID > f` and `notes ID --set f` agree.
                goalbook.bytesOut().write(n.notes().getBytes(StandardCharsets.UTF_8));
                goalbook.bytesOut().flush();
                return 0;
            }
        }
        String notes = set.equals("-") ? JournalImporter.notesText("standard input", readAll(System.in))
                : JournalImporter.notesFile(Path.of(set));
        return NodeEditCommand.run(goalbook, spec.commandLine().getOut(),
                outline -> OutlineEdits.setNotes(outline, NodeArgument.node(outline, id).id(), notes),
                (before, after) -> "Replaced the notes of " + NodeEditCommand.quoted(NodeArgument.node(after, id)));
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readNBytes((int) JournalImporter.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new JournalException("standard input: cannot be read (" + e.getMessage() + ")");
        }
    }
}
