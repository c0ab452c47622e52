package org.goalbook.cli;

import java.io.PrintWriter;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.goalbook.model.Progress;
import org.goalbook.model.Stance;
import org.goalbook.review.NotebookYears;
import org.goalbook.review.YearProgress;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook progress [--year YYYY]}: done/total per area and per stance, and the ticks of each month. */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Prints a year's done/total per strategic part and area, per stance, and the ticks of each "
                + "month with their running total (from the dates items were ticked).")
final class ProgressCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Option(names = "--year", paramLabel = "YYYY", description = "The year (default: the latest).")
    private Integer year;

    @Override
    public Integer call() {
        YearProgress p;
        try (NotebookStore store = goalbook.notebook().open()) {
            NotebookYears years = NotebookYears.of(store.outline());
            p = YearProgress.of(years, years.chosen(year).year());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(p.year() + ": " + done(p.overall()) + " (skipped items not counted)");
        out.println();
        int width = p.parts().stream().mapToInt(part -> part.name().length()).max().orElse(0);
        width = Math.max(width, "No stance".length());
        for (YearProgress.Part part : p.parts()) {
            out.println(String.format("  %-" + width + "s  %s", part.name(), part.progress()));
        }
        out.println();
        out.println("By stance");
        for (Stance s : Stance.values()) {
            out.println(String.format("  %-" + width + "s  %s", s.label(), p.stances().get(s)));
        }
        out.println(String.format("  %-" + width + "s  %s", "No stance", p.unstanced()));
        out.println();
        out.println("Ticks per month  (month, ticks, running total)");
        for (int m = 0; m < 12; m++) {
            out.println(String.format("  %s  %3d  %3d", Month.of(m + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                    p.months().get(m), p.burnUp().get(m)));
        }
        out.println("  undated: " + p.undated() + (p.otherYears() > 0 ? ", dated in another year: " + p.otherYears()
                : ""));
        return 0;
    }

    private static String done(Progress p) {
        return p.done() + " of " + p.total() + " done (" + Math.round(p.fraction() * 100) + " %)";
    }
}
