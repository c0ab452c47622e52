package org.goalbook.markdown;

import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;

/** Writes a notebook as a journal in Markdown: untouched text as it was imported, edits in the journal's style. */
public final class JournalExporter {
    private JournalExporter() {
    }

    /** The whole notebook. */
    public static String write(Notebook notebook) {
        Outline outline = ResourceLinks.writtenIn(notebook);
        JournalWriter writer = new JournalWriter(outline, notebook.meta().lineEnding());
        writer.append(notebook.meta().frontMatter());
        for (Node root : outline.roots()) {
            writer.subtree(root);
        }
        return writer.text();
    }

    /** One year's section only. */
    public static String writeYear(Notebook notebook, int year) {
        String name = Integer.toString(year);
        List<Node> roots = notebook.outline().roots();
        for (Node root : roots) {
            if (root.kind() == NodeKind.YEAR && root.name().equals(name)) {
                Outline outline = ResourceLinks.writtenIn(notebook);
                JournalWriter writer = new JournalWriter(outline, notebook.meta().lineEnding());
                writer.subtree(outline.get(root.id()));
                return writer.text();
            }
        }
        throw new JournalException("no year " + year + " in this notebook");
    }
}
