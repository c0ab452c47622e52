package org.goalbook.ui.sync;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import javafx.util.Duration;

import org.goalbook.sync.Conflict;
import org.goalbook.sync.JournalWatch;
import org.goalbook.sync.LinkProblem;
import org.goalbook.sync.LinkedJournal;
import org.goalbook.sync.SyncReport;
import org.goalbook.ui.dialogs.Alerts;
import org.goalbook.ui.dialogs.FileDialogs;
import org.goalbook.ui.model.WindowModel;
import org.goalbook.ui.session.NotebookSession;

/**
 * Keeps the open notebook and its linked journal file in step while the window is open: each stored change is
 * written to the file after a short pause that gathers a burst of edits; the file's folder is watched, and the file
 * checked again whenever the window regains focus. Problems with the file are said in the status bar; conflicts open
 * a dialog. File › Link journal file… starts it.
 */
public final class JournalFollower {
    /** Edits within this pause are written together; well inside the second the issue allows. */
    static final Duration WRITE_PAUSE = Duration.millis(250);
    /** An editor's save can be several file events; they are read once. */
    static final Duration READ_PAUSE = Duration.millis(100);

    private final WindowModel model;
    private final Supplier<Window> owner;
    private final FileDialogs dialogs;
    private final PauseTransition writeSoon = new PauseTransition(WRITE_PAUSE);
    private final PauseTransition readSoon = new PauseTransition(READ_PAUSE);
    private NotebookSession following;
    private JournalWatch watch;
    private Runnable onWrite;
    /** Read by the write listener, which runs on the session's notes writer thread too. */
    private volatile boolean syncing;
    private int conflictsShown;
    private String lastProblem;

    public JournalFollower(WindowModel model, Supplier<Window> owner, FileDialogs dialogs,
                           ObservableBooleanValue focused) {
        this.model = model;
        this.owner = owner;
        this.dialogs = dialogs;
        writeSoon.setOnFinished(e -> syncNow());
        readSoon.setOnFinished(e -> syncNow());
        model.sessionProperty().addListener((obs, was, is) -> follow(is));
        focused.addListener((obs, was, is) -> {
            if (is) {
                syncNow();
            }
        });
        follow(model.session());
    }

    /** File › Link journal file…: asks for the file, and what to do when the two texts differ. */
    public void link() {
        NotebookSession s = model.session();
        if (s == null) {
            return;
        }
        dialogs.open(owner.get(), "Link journal file", FileDialogs.Kind.JOURNAL).ifPresent(file -> {
            model.storePending();
            try {
                LinkedJournal.Differing how = LinkedJournal.Differing.REFUSE;
                if (s.journal().differs(file)) {
                    Optional<LinkedJournal.Differing> chosen = askHow(file);
                    if (chosen.isEmpty()) {
                        return;
                    }
                    how = chosen.get();
                }
                String said = s.journal().link(file, how);
                follow(s);
                model.info(said + ".");
            } catch (LinkProblem e) {
                Alerts.error(owner.get(), "Journal file not linked", e.getMessage(), "The notebook was not changed.");
            }
        });
    }

    /** Brings notebook and file in step now; the pauses and the watch end here. */
    public void syncNow() {
        NotebookSession s = following;
        if (s == null || syncing || model.session() != s) {
            return;
        }
        syncing = true;
        try {
            model.storePending();
            SyncReport report = s.journal().sync();
            lastProblem = null;
            Path file = s.journal().file().orElseThrow();
            if (report.notebookChanged()) {
                model.info("Took in the changes made to " + file.getFileName() + ".");
            }
            if (report.conflicts().size() > conflictsShown) {
                conflictsShown = report.conflicts().size();
                List<Conflict> conflicts = report.conflicts();
                // Not from inside an animation's end (the pauses), where a dialog may not wait.
                Platform.runLater(() -> resolve(s, file, conflicts));
            } else if (!report.conflicted()) {
                conflictsShown = 0;
            }
        } catch (LinkProblem e) {
            if (!e.getMessage().equals(lastProblem)) {
                lastProblem = e.getMessage();
                model.warn(e.getMessage());
            }
        } catch (RuntimeException e) {
            model.warn("The linked journal could not be brought in step: " + e.getMessage());
        } finally {
            syncing = false;
        }
    }

    private void resolve(NotebookSession s, Path file, List<Conflict> conflicts) {
        if (model.session() != s) {
            return;
        }
        ConflictDialog.ask(owner.get(), file, conflicts).ifPresent(side -> {
            syncing = true;
            try {
                s.journal().resolve(side);
                conflictsShown = 0;
                model.info("Resolved: kept the " + (side == LinkedJournal.Side.NOTEBOOK ? "notebook's" : "file's")
                        + " lines.");
            } catch (LinkProblem e) {
                model.warn(e.getMessage());
            } finally {
                syncing = false;
            }
        });
    }

    private void follow(NotebookSession s) {
        stop();
        conflictsShown = 0;
        lastProblem = null;
        // A notebook without a linked file has nothing to keep in step (the window asks at each focus).
        following = s == null || s.journal().file().isEmpty() ? null : s;
        if (following == null) {
            return;
        }
        onWrite = () -> {
            if (!syncing) {
                Platform.runLater(writeSoon::playFromStart);
            }
        };
        s.afterEachWrite(onWrite);
        s.beforeClose(() -> {
            if (following == s) {
                closing(s);
            }
        });
        try {
            watch = new JournalWatch(s.journal().file().get(), () -> Platform.runLater(readSoon::playFromStart));
        } catch (LinkProblem e) {
            model.warn(e.getMessage());
        }
        syncNow();
    }

    /** The notebook closes: what is still waiting is written, without dialogs. */
    private void closing(NotebookSession s) {
        writeSoon.stop();
        readSoon.stop();
        try {
            s.journal().sync();
        } catch (RuntimeException e) {
            // the notebook keeps everything; the next opening or command syncs again
        }
        stop();
        following = null;
    }

    private void stop() {
        writeSoon.stop();
        readSoon.stop();
        if (watch != null) {
            watch.close();
            watch = null;
        }
        if (following != null && onWrite != null) {
            following.removeAfterEachWrite(onWrite);
        }
        onWrite = null;
    }

    private Optional<LinkedJournal.Differing> askHow(Path file) {
        ButtonType useFile = new ButtonType("Use the file's text", ButtonBar.ButtonData.LEFT);
        ButtonType overwrite = new ButtonType("Write the notebook over it", ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Use the file's text: the notebook's contents are "
                + "replaced by the file's (export Markdown first to keep them).\nWrite the notebook over it: the file "
                + "gets the notebook's text (git or a copy keeps the old one).", useFile, overwrite, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle("Link journal file");
        alert.setHeaderText(file.getFileName() + " and the notebook hold different text. Which one goes on?");
        alert.getDialogPane().setId("linkDiffersDialog");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(answer.get() == useFile ? LinkedJournal.Differing.REPLACE_NOTEBOOK
                : LinkedJournal.Differing.OVERWRITE_FILE);
    }
}
