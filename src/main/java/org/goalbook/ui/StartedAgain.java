package org.goalbook.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.goalbook.handoff.HandOff;
import org.goalbook.handoff.WindowHandOff;
import org.goalbook.ui.dialogs.Alerts;

/**
 * What the window does when Goalbook is started again on the notebook open here: it comes to the front, and if the
 * new start named another file, asks before opening that one instead. A start on a notebook that no Goalbook has
 * open (a double-click on another file) comes here too, and the user chooses: here, a window of its own, or not.
 */
final class StartedAgain implements AutoCloseable {
    private final Stage stage;
    private final Supplier<Path> current;
    private final Consumer<Path> open;
    /** Where launches on other notebooks reach this window; null while another window takes them. */
    private WindowHandOff.Listening windowSocket;

    StartedAgain(Stage stage, Supplier<Path> current, Consumer<Path> open) {
        this.stage = stage;
        this.current = current;
        this.open = open;
    }

    /**
     * From now on, second launches come to {@code window}: those on its notebook, and (unless another window of
     * this user takes them) those on notebooks no Goalbook has open.
     */
    static StartedAgain listen(Stage stage, MainWindow window) {
        return listen(stage, window, WindowHandOff.socket());
    }

    /** Like {@link #listen(Stage, MainWindow)}, with launches on other notebooks taken at {@code windowSocket}. */
    static StartedAgain listen(Stage stage, MainWindow window, Optional<Path> windowSocket) {
        StartedAgain answer = new StartedAgain(stage,
                () -> window.session() == null ? null : window.session().path(), window::open);
        HandOff.answerWith(request -> Platform.runLater(() -> answer.show(request.notebook())));
        answer.windowSocket = windowSocket
                .flatMap(socket -> WindowHandOff.answerWith(socket, request -> answer.offer(request.notebook())))
                .orElse(null);
        return answer;
    }

    /** Stops taking launches on other notebooks (the window is closing); the next window to start takes them. */
    @Override
    public void close() {
        if (windowSocket != null) {
            windowSocket.close();
            windowSocket = null;
        }
    }

    /**
     * A launch on {@code named}, which no Goalbook has open: with no notebook here it opens here; else the user
     * chooses. Completes with true when the launch is done with (opened here, or not wanted), false when it should
     * open a window of its own. Call from any thread.
     */
    CompletableFuture<Boolean> offer(Path named) {
        CompletableFuture<Boolean> taken = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                taken.complete(decide(named));
            } catch (RuntimeException e) {
                taken.completeExceptionally(e);
                throw e;
            }
        });
        return taken;
    }

    private boolean decide(Path named) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        Path here = current.get();
        if (here == null) {
            open.accept(named);
            return true;
        }
        if (sameFile(here, named)) {
            return true;
        }
        int choice = Alerts.choose(stage, "Goalbook started again", "Open " + named.getFileName() + "?",
                "Goalbook was started on " + named + ". Opening it in this window closes " + here.getFileName()
                        + " here; everything in it is saved.", "Open in this window", "Open in a new window");
        if (choice == 0) {
            open.accept(named);
        }
        return choice != 1;
    }

    /** Brings the window forward for a start on {@code named}. */
    void show(Path named) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        Path here = current.get();
        if (here != null && sameFile(here, named)) {
            return;
        }
        String closing = here == null ? ""
                : " Opening it closes " + here.getFileName() + " here; everything in it is saved.";
        if (Alerts.confirm(stage, "Goalbook started again", "Open " + named.getFileName() + " in this window?",
                "Goalbook was started again on " + named + "." + closing, "Open")) {
            open.accept(named);
        }
    }

    /** A hard link or another path to the notebook open here is the same notebook. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
