package org.goalbook.ui.radar;

import java.util.List;
import java.util.function.Supplier;

import javafx.stage.Stage;

import org.goalbook.review.NotebookYears;
import org.goalbook.review.YearReview;
import org.goalbook.ui.NotebookEdits;
import org.goalbook.ui.StatusBar;
import org.goalbook.ui.files.NotebookFiles;
import org.goalbook.ui.model.WindowModel;

/** The Year menu's look back: Year › Radar… opens the radar window, Year › Review… keeps the review as a page. */
public final class YearGlance {
    private final WindowModel model;
    private final NotebookEdits edits;
    private final StatusBar status;
    private final Supplier<Stage> owner;
    private RadarWindow radar;

    public YearGlance(WindowModel model, NotebookEdits edits, StatusBar status, Supplier<Stage> owner) {
        this.model = model;
        this.edits = edits;
        this.status = status;
        this.owner = owner;
    }

    /** The radar of the selected (or latest) year; a click on a blip selects its item in the main window. */
    public void showRadar() {
        int year = year();
        if (year == 0) {
            return;
        }
        if (radar == null) {
            // Built on first use: most sessions never open it.
            radar = new RadarWindow(owner.get(), model, id -> {
                model.select(id);
                owner.get().toFront();
            });
        }
        radar.show(model.outline(), year);
    }

    /** Writes the selected (or latest) year's review as the page "YYYY in review" and selects it. */
    public void writeReview() {
        int year = year();
        if (year == 0) {
            return;
        }
        List<Long> created = edits.edit(o -> YearReview.page(NotebookYears.of(o), year));
        if (created == null) {
            return;
        }
        model.outline().roots().stream()
                .filter(n -> n.displayName().equals(YearReview.title(year))).findFirst()
                .ifPresent(page -> model.select(page.id()));
        status.info("Wrote the page \u201c" + YearReview.title(year) + "\u201d. Ctrl+Z takes it back.");
    }

    /** The radar window, once opened (for tests). */
    public RadarWindow radarWindow() {
        return radar;
    }

    private int year() {
        if (model.session() == null) {
            return 0;
        }
        int year = NotebookFiles.yearOf(model.outline(), model.selected());
        if (year == 0) {
            status.warn("The notebook has no year yet: Year \u203a New year adds one.");
        }
        return year;
    }
}
