package org.goalbook.ui;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.goalbook.ui.dialogs.SystemFileDialogs;

/** The JavaFX application: one window on one notebook, with the user's own settings. */
public final class GoalbookApp extends Application {
    // Application.launch creates the instance itself, so what to show travels in a static field.
    private static volatile Future<Consumer<MainWindow>> firstShown;
    /** How long a logout or Ctrl+C waits for pending notes to be stored before the process ends anyway. */
    private static final long STORE_ON_SIGNAL_SECONDS = 10;
    private volatile boolean stopped;
    private StartedAgain startedAgain;

    /**
     * Starts JavaFX, builds the window and, once {@code first} is known, lets it open the notebook and shows it;
     * returns when the window has closed. The window is built while the caller is still opening the notebook. A null
     * {@code first} means no window is wanted after all (the start went to another Goalbook): nothing is shown.
     */
    public static void launch(Future<Consumer<MainWindow>> first) {
        firstShown = first;
        Application.launch(GoalbookApp.class);
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> UnexpectedError.show(stage, e));
        // Links from notes open in the system browser, never inside the app.
        MainWindow window = new MainWindow(stage, Settings.user(), new SystemFileDialogs(), new ThreadedWork(),
                Clock.systemDefaultZone(), url -> getHostServices().showDocument(url));
        Consumer<MainWindow> first = decided();
        if (first == null) {
            Platform.exit();
            return;
        }
        // Before opening: a second launch in between would otherwise find nobody answering.
        startedAgain = StartedAgain.listen(stage, window);
        first.accept(window);
        window.show();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> storeOnSignal(window), "store-notes-on-signal"));
        quitOnSignal(window);
    }

    /**
     * SIGTERM (logout, shutdown) and SIGINT (Ctrl+C in the terminal) quit as Ctrl+Q does, on the FX thread. The
     * JVM's own handling would start its shutdown while the FX toolkit is torn down beside it, and then the notes
     * cannot be stored reliably. Should the window not finish quitting in time, the process ends anyway.
     */
    private static void quitOnSignal(MainWindow window) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    Platform.runLater(window::quit);
                    Thread deadline = new Thread(() -> {
                        try {
                            Thread.sleep(TimeUnit.SECONDS.toMillis(STORE_ON_SIGNAL_SECONDS));
                        } catch (InterruptedException e) {
                            return;
                        }
                        Runtime.getRuntime().halt(128 + signal.getNumber());
                    }, "quit-deadline");
                    deadline.setDaemon(true);
                    deadline.start();
                });
            } catch (IllegalArgumentException e) {
                // Ignored for this process (started in the background), or unknown on this platform.
            }
        }
    }

    /** Waits (on the FX thread, before anything is shown) for the command line to say what the window opens. */
    private static Consumer<MainWindow> decided() {
        try {
            return firstShown.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void stop() {
        stopped = true;
        if (startedAgain != null) {
            startedAgain.close(); // launches on other notebooks open windows of their own from now on
        }
    }

    /**
     * SIGTERM (logout, shutdown) and SIGINT (Ctrl+C in the terminal) end the JVM without closing the window: its
     * shutdown hooks are all that runs. Hand the close to the FX thread, as Ctrl+Q would do it, and wait for it
     * (bounded): pending notes are stored and the notebook is closed cleanly.
     */
    private void storeOnSignal(MainWindow window) {
        if (stopped) {
            return; // closed the ordinary way; everything is stored already
        }
        CountDownLatch done = new CountDownLatch(1);
        try {
            Platform.runLater(() -> {
                try {
                    window.shutdown();
                } finally {
                    done.countDown();
                }
            });
            done.await(STORE_ON_SIGNAL_SECONDS, TimeUnit.SECONDS);
        } catch (IllegalStateException e) {
            // The FX toolkit has ended already: nothing is left to store.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
