package org.goalbook.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.goalbook.markdown.PageTasks;
import org.goalbook.model.MarkdownText;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.PageSections;
import org.goalbook.model.Progress;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook list [--year YYYY]}: the outline with each node's id, done box, stance and progress. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Prints the goal tree with each node's id (for tick, stance, add, rename, delete), done state, "
                + "stance and done/total of the items below it.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Option(names = "--year", paramLabel = "YYYY", description = "Only this year.")
    private Integer year;

    @Override
    public Integer call() {
        try (NotebookStore store = goalbook.notebook().open()) {
            Outline outline = store.outline();
            List<Node> roots = new ArrayList<>();
            for (Node root : outline.roots()) {
                if (year == null || root.kind() == NodeKind.YEAR && root.name().equals(year.toString())) {
                    roots.add(root);
                }
            }
            if (year != null && roots.isEmpty()) {
                throw new org.goalbook.model.EditRefused("no year " + year + " in this notebook");
            }
            PrintWriter out = spec.commandLine().getOut();
            PageSections pages = PageSections.of(outline);
            for (Node root : roots) {
                // The journal's opening is no page of the tree: `goalbook properties` shows it.
                if (pages.opening().filter(o -> o.id() == root.id()).isEmpty()) {
                    print(out, outline, root, root.kind() == NodeKind.PAGE ? depth(pages, root.id()) : 0);
                }
            }
            return 0;
        }
    }

    /** One line per node in document order; stance lines are journal layout and not shown: their items are. */
    private static void print(PrintWriter out, Outline outline, Node root, int rootDepth) {
        List<Object[]> stack = new ArrayList<>();
        stack.add(new Object[] {root, rootDepth});
        while (!stack.isEmpty()) {
            Object[] top = stack.remove(stack.size() - 1);
            Node n = (Node) top[0];
            int depth = (int) top[1];
            int childDepth = depth;
            if (n.kind() != NodeKind.STANCE_LINE) {
                out.println(line(outline, n, depth));
                childDepth = depth + 1;
            }
            if (n.kind() == NodeKind.PAGE) {
                for (PageTasks.Task t : PageTasks.of(n.notes())) {
                    out.println(String.format("%6s  ", "#" + n.id() + "." + t.number()) + "  ".repeat(depth + 1)
                            + (t.done() ? "[x] " : "[ ] ") + MarkdownText.plain(t.text()));
                }
            }
            List<Node> kids = outline.children(n.id());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(new Object[] {kids.get(i), childDepth});
            }
        }
    }

    /** How many pages a page is nested in, as the window's tree shows it. */
    private static int depth(PageSections pages, long pageId) {
        int depth = 0;
        for (long p = pages.parent(pageId).orElse(0L); p != 0; p = pages.parent(p).orElse(0L)) {
            depth++;
        }
        return depth;
    }

    static String line(Outline outline, Node n, int depth) {
        StringBuilder sb = new StringBuilder(String.format("%6s  ", "#" + n.id()));
        sb.append("  ".repeat(depth));
        if (n.kind().isTickable()) {
            sb.append(n.done() ? "[x] " : "[ ] ");
        }
        sb.append(switch (n.kind()) {
            case YEAR -> n.name();
            case PAGE -> "page: " + n.displayName();
            default -> n.displayName();
        });
        if (n.stance() != null && n.kind() == NodeKind.ITEM) {
            sb.append("  (").append(n.stance().label().toLowerCase()).append(')');
        }
        if (!n.kind().isTickable()) {
            Progress p = n.kind() == NodeKind.PAGE ? PageTasks.progress(n.notes()) : outline.progress(n.id());
            if (p.total() > 0) {
                sb.append("  ").append(p).append(" done");
            }
        }
        return sb.toString();
    }
}
