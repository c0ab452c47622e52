package org.goalbook.ui;

import java.nio.file.Path;
import java.time.Clock;

import javafx.application.Application;
import javafx.stage.Stage;

import org.goalbook.ui.dialogs.SystemFileDialogs;

/** The JavaFX application: one window on one notebook, with the user's own settings. */
public final class GoalbookApp extends Application {
    // Application.launch creates the instance itself, so the notebook travels in a static field.
    private static volatile Path notebook;

    /** Starts JavaFX and opens the window on {@code file}; returns when the window has closed. */
    public static void launch(Path file) {
        notebook = file;
        Application.launch(GoalbookApp.class);
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> UnexpectedError.show(stage, e));
        // Links from notes open in the system browser, never inside the app.
        MainWindow window = new MainWindow(stage, Settings.user(), new SystemFileDialogs(), new ThreadedWork(),
                Clock.systemDefaultZone(), url -> getHostServices().showDocument(url));
        // Before opening: a second launch in between would otherwise find nobody answering.
        StartedAgain.listen(stage, window);
        if (notebook != null) {
            window.open(notebook);
        }
        window.show();
    }
}
