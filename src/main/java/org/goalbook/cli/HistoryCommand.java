package org.goalbook.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.concurrent.Callable;

import org.goalbook.model.EditRefused;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.review.NotebookYears;
import org.goalbook.review.StanceHistory;
import org.goalbook.review.YearItems;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook history NAME|ID}: a skill item's stance and done date in each year of the notebook. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Prints a skill item's stance in each year, one line per year: the year, the stance (or \u2014), "
                + "the done date, and the name it had where it was called otherwise. Items are matched across years "
                + "by link, then by name.")
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Parameters(index = "0", paramLabel = "NAME|ID",
            description = "The item's name as written (case ignored; the latest year that has it counts) or its id.")
    private String typed;

    @Override
    public Integer call() {
        try (NotebookStore store = goalbook.notebook().open()) {
            NotebookYears years = NotebookYears.of(store.outline());
            Node item = item(years);
            PrintWriter out = spec.commandLine().getOut();
            for (StanceHistory.Entry e : StanceHistory.of(years, item).years()) {
                StringBuilder line = new StringBuilder(String.format("%d  %-8s", e.year(),
                        e.stance() != null ? e.stance().label() : "\u2014"));
                if (!e.present()) {
                    line.append("  not in the plan");
                } else {
                    if (e.done()) {
                        line.append("  done").append(e.doneOn() == null ? "" : " " + e.doneOn());
                    }
                    if (!e.item().displayName().equals(item.displayName())) {
                        line.append("  as \u201c").append(e.item().displayName()).append('\u201d');
                    }
                }
                out.println(line.toString().stripTrailing());
            }
            return 0;
        }
    }

    private Node item(NotebookYears years) {
        String digits = typed.startsWith("#") ? typed.substring(1) : typed;
        if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
            Node n = NodeArgument.node(years.outline(), typed);
            if (n.kind() != NodeKind.ITEM || years.yearOf(n).isEmpty()) {
                throw new EditRefused("#" + n.id() + " is not a skill item of a year; history follows skill items");
            }
            return n;
        }
        String name = typed.strip();
        return years.all().stream().sorted(Comparator.comparingInt(YearItems::year).reversed())
                .flatMap(y -> y.items().stream())
                .filter(i -> i.displayName().strip().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new EditRefused("no skill item called \u201c" + name
                        + "\u201d in any year; `goalbook list` shows names and ids"));
    }
}
