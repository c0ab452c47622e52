package org.goalbook.bench;

import java.nio.file.Path;
import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Outline;
import org.goalbook.store.NotebookStore;

/**
 * The notebook the typing benchmark types into: a 1 MB page ("Log") and a goal with a 50 KB note, both generated
 * Markdown (headings, paragraphs with links, tables, link lists, code, quotes, numbered lists) opening and ending
 * with a paragraph the benchmark types into, before the words {@link #TOP_ANCHOR} or {@link #END_ANCHOR}.
 */
final class TypingNotebook {
    static final String PAGE = "Log";
    static final String GOAL = "Write a talk about observability";
    /** A 5 MB page, only with {@code -Dbench.big=true} (the old editor could not take it). */
    static final String BIG_PAGE = "Archive";
    /** Typing near the top goes just before these words, in the first paragraph. */
    static final String TOP_ANCHOR = "and what I typed just now.";
    /** Typing at the end goes just before these words, in the last paragraph. */
    static final String END_ANCHOR = "and what I typed last.";

    private TypingNotebook() {
    }

    /** Stores the notebook in a new file. */
    static Path write(Path file) {
        List<Node> nodes = new java.util.ArrayList<>(List.of(
                node(1, 0, 0, NodeKind.PAGE, PAGE, "# Log\n\n" + text(1_000_000, 7)),
                node(2, 0, 1, NodeKind.YEAR, "2022", ""),
                node(3, 2, 0, NodeKind.STRATEGIC, "Strategic", ""),
                node(4, 3, 0, NodeKind.GOAL, GOAL, "## Notes\n\n" + text(50_000, 11))));
        if (Boolean.getBoolean("bench.big")) {
            nodes.add(node(5, 0, 2, NodeKind.PAGE, BIG_PAGE, "# Archive\n\n" + text(5_000_000, 13)));
        }
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(new Notebook(NotebookMeta.empty(), new Outline(nodes), List.of()));
        }
        return file;
    }

    private static String text(long bytes, long seed) {
        return "Newest first: what I did this week, " + TOP_ANCHOR + "\n\n" + GeneratedJournal.pages(bytes, seed)
                + "Oldest entry: where this log began, " + END_ANCHOR + "\n";
    }

    private static Node node(long id, long parent, int position, NodeKind kind, String name, String notes) {
        return new Node(id, parent, position, kind, name, null, false, null, null, notes, false, null);
    }
}
