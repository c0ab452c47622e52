package org.goalbook.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.goalbook.model.CarryChoice;
import org.goalbook.model.Change;
import org.goalbook.model.EditRefused;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;
import org.goalbook.model.YearPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code goalbook new-year YEAR [--from YEAR] [--all] [--leave ID]… [--move ID=STANCE]… [--empty-notes] [--empty]}:
 * Year › New year… on the command line, with the same planner.
 */
@Command(name = "new-year", mixinStandardHelpOptions = true,
        description = "Plans a new year: the structure of an earlier year and its unfinished goals and items, "
                + "unticked (as Year \u203a New year\u2026 does).")
final class NewYearCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Parameters(index = "0", paramLabel = "YEAR", description = "The new year, e.g. 2025.")
    private int year;
    @Option(names = "--from", paramLabel = "YEAR", description = "The year to carry over from (default: the latest).")
    private Integer from;
    @Option(names = "--empty", description = "Carry nothing: Strategic and Tactical headings only.")
    private boolean empty;
    @Option(names = "--all", description = "Carry done goals and items too.")
    private boolean all;
    @Option(names = "--leave", paramLabel = "ID", description = "Leave this goal or item (and its sub-points) behind.")
    private List<String> leave = new ArrayList<>();
    @Option(names = "--move", paramLabel = "ID=STANCE", description = "Carry this skill item with another stance.")
    private Map<String, String> move = new LinkedHashMap<>();
    @Option(names = "--empty-notes", description = "Start the carried goals' and items' notes empty.")
    private boolean emptyNotes;

    @Override
    public Integer call() {
        int[] carried = {0};
        return NodeEditCommand.run(goalbook, spec.commandLine().getOut(), outline -> {
            if (empty) {
                return YearPlanner.empty(outline, year);
            }
            Node source = source(outline);
            CarryChoice choice = choice(outline, source);
            List<Change> changes = YearPlanner.carryOver(outline, source.id(), year, choice);
            carried[0] = YearPlanner.carried(outline, source.id(), choice).size();
            return changes;
        }, (before, after) -> "Added " + year + (empty ? ", empty" : ": " + carried[0]
                + (carried[0] == 1 ? " goal or item" : " goals and items") + " carried over, unticked"
                + (emptyNotes ? ", notes empty" : "") + (move.isEmpty() ? "" : ", " + move.size()
                + (move.size() == 1 ? " stance" : " stances") + " moved")) + ".");
    }

    private Node source(Outline outline) {
        List<Node> years = outline.roots().stream().filter(n -> n.kind() == NodeKind.YEAR).toList();
        int wanted = from != null ? from : YearPlanner.latestYear(outline)
                .orElseThrow(() -> new EditRefused("the notebook has no year to carry over from; use --empty"));
        return years.stream().filter(n -> YearPlanner.yearNumber(n) == wanted).findFirst()
                .orElseThrow(() -> new EditRefused("no year " + wanted + " in this notebook"));
    }

    private CarryChoice choice(Outline outline, Node source) {
        CarryChoice base = all ? CarryChoice.everything(outline, source.id())
                : CarryChoice.unfinished(outline, source.id());
        Set<Long> items = new LinkedHashSet<>(base.items());
        for (String typed : leave) {
            outline.subtree(inYear(outline, source, typed, false).id()).forEach(n -> items.remove(n.id()));
        }
        Map<Long, Stance> stances = new LinkedHashMap<>();
        move.forEach((typed, word) -> {
            Node item = inYear(outline, source, typed, true);
            Stance stance = NodeArgument.stance(word);
            if (stance == null) {
                throw new EditRefused("--move " + typed + "=" + word + ": a carried item keeps a stance; "
                        + "use maintain, improve, explore or skip");
            }
            items.add(item.id());
            stances.put(item.id(), stance);
        });
        return new CarryChoice(items, !emptyNotes, stances);
    }

    /** The goal or item {@code typed} names, refused unless it is one of {@code source}'s. */
    private static Node inYear(Outline outline, Node source, String typed, boolean itemOnly) {
        Node n = NodeArgument.node(outline, typed);
        boolean inSource = outline.subtree(source.id()).contains(n);
        if (!inSource || !(itemOnly ? n.kind() == NodeKind.ITEM : n.kind().isTickable())) {
            throw new EditRefused(NodeEditCommand.quoted(n) + " is not " + (itemOnly ? "a skill item" : "a goal or item")
                    + " of " + source.displayName());
        }
        return n;
    }
}
