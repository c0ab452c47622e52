package org.goalbook.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.goalbook.handoff.HandOff;
import org.goalbook.ui.dialogs.Alerts;

/**
 * What the window does when Goalbook is started again on the notebook open here: it comes to the front, and if the
 * new start named another file, asks before opening that one instead.
 */
final class StartedAgain {
    private final Stage stage;
    private final Supplier<Path> current;
    private final Consumer<Path> open;

    StartedAgain(Stage stage, Supplier<Path> current, Consumer<Path> open) {
        this.stage = stage;
        this.current = current;
        this.open = open;
    }

    /** From now on, second launches come to {@code window}. */
    static StartedAgain listen(Stage stage, MainWindow window) {
        StartedAgain answer = new StartedAgain(stage,
                () -> window.session() == null ? null : window.session().path(), window::open);
        HandOff.answerWith(request -> Platform.runLater(() -> answer.show(request.notebook())));
        return answer;
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
