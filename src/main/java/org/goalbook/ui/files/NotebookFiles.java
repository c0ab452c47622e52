package org.goalbook.ui.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.goalbook.exchange.RadarExport;
import org.goalbook.history.Backup;
import org.goalbook.history.BackupDates;
import org.goalbook.history.Backups;
import org.goalbook.markdown.JournalExporter;
import org.goalbook.markdown.JournalImporter;
import org.goalbook.markdown.JournalMerge;
import org.goalbook.markdown.NotebookProperties;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.model.YearPlanner;
import org.goalbook.ui.BackgroundWork;
import org.goalbook.ui.dialogs.Alerts;
import org.goalbook.ui.dialogs.FileDialogs;
import org.goalbook.ui.dialogs.RestoreDialog;
import org.goalbook.ui.model.Action;
import org.goalbook.ui.model.WindowModel;
import org.goalbook.ui.session.NotebookSession;

/**
 * The File menu's work: new and open notebooks, import a journal, export Markdown and a radar. Files are read and
 * written in the background; every failure is a dialog naming the file and the problem, and the notebook that was
 * open stays open and unchanged.
 */
public final class NotebookFiles {
    private final Supplier<Window> owner;
    private final FileDialogs dialogs;
    private final BackgroundWork work;
    private final WindowModel model;
    private final Clock clock;

    public NotebookFiles(Supplier<Window> owner, FileDialogs dialogs, BackgroundWork work, WindowModel model,
                         Clock clock) {
        this.owner = owner;
        this.dialogs = dialogs;
        this.work = work;
        this.model = model;
        this.clock = clock;
    }

    public void newNotebook() {
        dialogs.save(owner.get(), "New notebook", FileDialogs.Kind.NOTEBOOK, "goals.goalbook").ifPresent(file -> {
            if (Files.exists(file)) {
                Alerts.error(owner.get(), "Notebook not created", file + ": a file with this name already exists.",
                        "Choose another name, or open it with File › Open notebook….");
                return;
            }
            open(file);
        });
    }

    public void openNotebook() {
        dialogs.open(owner.get(), "Open notebook", FileDialogs.Kind.NOTEBOOK).ifPresent(this::open);
    }

    /** Opens a notebook; the current one is closed only once the new one is open. */
    public void open(Path file) {
        NotebookSession current = model.session();
        if (current != null && sameFile(current.path(), file)) {
            model.info(file.getFileName() + " is already open.");
            return;
        }
        model.storePending();
        work.run(() -> NotebookSession.open(file, clock), model::open, e -> Alerts.error(owner.get(), "Notebook not opened",
                message(e), "The notebook that was open stays open. Choose a Goalbook notebook file, or make a new "
                        + "one with File › New notebook…."));
    }

    public void importJournal() {
        NotebookSession s = model.session();
        if (s == null) {
            return;
        }
        dialogs.open(owner.get(), "Import journal", FileDialogs.Kind.JOURNAL).ifPresent(file -> {
            model.storePending();
            work.run(() -> JournalImporter.readFile(file), journal -> addJournal(file, journal),
                    e -> Alerts.error(owner.get(), "Journal not imported", message(e),
                            "Nothing in the notebook was changed. Choose a Markdown journal (UTF-8 text)."));
        });
    }

    /**
     * Adds the journal's years and pages to the notebook; years and pages it already has are replaced only after
     * the user agreed. An import is not an undo step, so the history starts afresh.
     */
    private void addJournal(Path file, Notebook journal) {
        NotebookSession s = model.session();
        Notebook current = s.notebook();
        List<String> clashes = JournalMerge.conflicts(current, journal);
        if (!clashes.isEmpty()) {
            String details = "Already in this notebook: " + String.join(", ", clashes) + ".\n\nReplace puts the "
                    + "journal's version in their place; everything else in " + s.path().getFileName() + " stays. "
                    + "The notebook is backed up first: File › Restore from backup… brings it back.";
            if (!Alerts.confirm(owner.get(), "Import journal", "Replace " + clashes.size()
                    + (clashes.size() == 1 ? " part" : " parts") + " of this notebook with " + file.getFileName()
                    + "?", details, "Replace")) {
                return;
            }
        }
        try {
            s.replaceAll(JournalMerge.merge(current, journal, true));
            s.rememberImport(file);
            List<String> problems = NotebookProperties.problems(journal.meta());
            model.info("Imported " + file.getFileName() + "." + (problems.isEmpty() ? "" : " " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more: File › "
                    + Action.NOTEBOOK_PROPERTIES.label() + ")" : "")));
        } catch (RuntimeException e) {
            Alerts.error(owner.get(), "Journal not imported", message(e), "Nothing in the notebook was changed.");
        }
    }

    /**
     * File › Restore from backup…: the notebook's backups with what each holds; the chosen one replaces the
     * notebook, which is backed up first, so the status line can say which backup undoes the restore.
     */
    public void restoreBackup() {
        NotebookSession s = model.session();
        if (s == null) {
            return;
        }
        model.storePending();
        List<RestoreDialog.Choice> choices = s.backups().stream().map(b -> {
            try {
                return new RestoreDialog.Choice(b, Backups.contents(b.file()).toString());
            } catch (RuntimeException e) {
                return new RestoreDialog.Choice(b, "cannot be read: " + message(e));
            }
        }).toList();
        RestoreDialog.ask(owner.get(), s.path().getFileName().toString(), s.backupsFolder(), choices)
                .ifPresent(chosen -> {
                    try {
                        Backup before = s.restore(chosen.file());
                        model.info("Restored the backup of " + BackupDates.shown(chosen.made()) + ". The notebook as "
                                + "it was is the backup " + before.name() + ": restore it to undo this.");
                    } catch (RuntimeException e) {
                        Alerts.error(owner.get(), "Backup not restored", message(e),
                                "Nothing in the notebook was changed.");
                    }
                });
    }

    public void exportMarkdown() {
        NotebookSession s = model.session();
        if (s == null) {
            return;
        }
        // The journal the notebook came from, else one named after the notebook.
        String suggested = s.importedFrom().map(p -> p.getFileName().toString())
                .orElse(baseName(s.path()) + ".md");
        dialogs.save(owner.get(), "Export Markdown", FileDialogs.Kind.JOURNAL, suggested).ifPresent(file -> {
            model.storePending();
            Notebook notebook = s.notebook();
            write(file, () -> JournalExporter.write(notebook));
        });
    }

    /** The radar of the selected node's year, else of the latest year; CSV or JSON by the file's extension. */
    public void exportRadar() {
        NotebookSession s = model.session();
        if (s == null) {
            return;
        }
        Outline outline = s.outline();
        int year = yearOf(outline, model.selected());
        if (year == 0) {
            model.warn("The notebook has no year to export as a radar.");
            return;
        }
        dialogs.save(owner.get(), "Export radar for " + year, FileDialogs.Kind.RADAR,
                baseName(s.path()) + "-radar-" + year + ".csv").ifPresent(file -> {
                    model.storePending();
                    Notebook notebook = s.notebook();
                    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
                    write(file, () -> json ? RadarExport.json(notebook, year) : RadarExport.csv(notebook, year));
                });
    }

    /** File › Export radar picture…: the selected (or latest) year's radar as SVG, or PNG by the name's ending. */
    public void exportRadarPicture() {
        NotebookSession s = model.session();
        if (s == null) {
            return;
        }
        int year = yearOf(s.outline(), model.selected());
        if (year == 0) {
            model.warn("The notebook has no year to draw a radar of.");
            return;
        }
        dialogs.save(owner.get(), "Export radar picture for " + year, FileDialogs.Kind.RADAR_PICTURE,
                baseName(s.path()) + "-radar-" + year + ".svg").ifPresent(file -> {
                    model.storePending();
                    Notebook notebook = s.notebook();
                    boolean png = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
                    work.run(() -> Files.write(file, png ? RadarExport.png(notebook, year)
                                    : RadarExport.svg(notebook, year).getBytes(StandardCharsets.UTF_8)),
                            done -> model.info("Exported " + done.getFileName() + "."),
                            e -> Alerts.error(owner.get(), "Picture not written", message(e),
                                    "The notebook is unchanged. Choose another folder, or free some disk space."));
                });
    }

    /** The year of the selected node, else the latest year; 0 when the notebook has none. */
    public static int yearOf(Outline outline, Node selected) {
        Node n = selected == null ? null : outline.find(selected.id()).orElse(null);
        while (n != null && n.kind() != NodeKind.YEAR) {
            n = outline.parent(n).orElse(null);
        }
        if (n != null && YearPlanner.yearNumber(n) > 0) {
            return YearPlanner.yearNumber(n);
        }
        return YearPlanner.latestYear(outline).orElse(0);
    }

    private void write(Path file, Supplier<String> text) {
        work.run(() -> {
            Files.writeString(file, text.get());
            return file;
        }, done -> model.info("Exported " + done.getFileName() + "."),
                e -> Alerts.error(owner.get(), "Export not written", message(e),
                        "The notebook is unchanged. Choose another folder, or free some disk space."));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** One line naming the file and the problem; exceptions from our own code already say it that way. */
    static String message(Exception e) {
        if (e instanceof java.nio.file.FileSystemException fs) {
            // "AccessDeniedException: /x" reads better as "/x: access denied".
            String reason = fs.getReason() != null ? fs.getReason()
                    : fs.getClass().getSimpleName().replace("Exception", "")
                    .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            return fs.getFile() + ": " + reason;
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
