package org.goalbook.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.goalbook.review.NotebookYears;
import org.goalbook.review.YearReview;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code goalbook review [--year YYYY] [-o FILE]}: the year in review as Markdown. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Writes a year in review as Markdown: done per area, stance changes against the previous year, "
                + "what came into the plan and what left it, and what was explored but never decided.")
final class ReviewCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Option(names = "--year", paramLabel = "YYYY", description = "The year (default: the latest).")
    private Integer year;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        String review;
        try (NotebookStore store = goalbook.notebook().open()) {
            NotebookYears years = NotebookYears.of(store.outline());
            review = YearReview.of(years, years.chosen(year).year());
        }
        byte[] bytes = review.getBytes(StandardCharsets.UTF_8);
        if (output == null) {
            goalbook.bytesOut().write(bytes, 0, bytes.length);
            goalbook.bytesOut().flush();
        } else {
            ExportCommand.write(output, bytes);
        }
        return 0;
    }
}
