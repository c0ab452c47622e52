package org.goalbook.bench;

import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.stage.Stage;

import org.fxmisc.richtext.CodeArea;
import org.goalbook.model.Node;
import org.goalbook.ui.MainWindow;
import org.goalbook.ui.MemoryPreferences;
import org.goalbook.ui.Settings;
import org.goalbook.ui.ThreadedWork;
import org.goalbook.ui.preview.PreviewPane;

/**
 * The child process of {@link KillTypingBenchmark}: opens the window on a notebook (built as {@code GoalbookApp}
 * builds it, settings in memory), clicks into the notes of the page {@link #PAGE}, puts the caret at the end and types
 * {@link #TYPED} over and over through the X server ({@code java.awt.Robot}), a key every 80–120 ms, until it is
 * killed. After each key press it prints {@code key N EPOCH_MICROS} (N from 0), so the parent knows what was typed
 * when, and the editor's length then (to show the keys arrive). Prints {@code typing} before the first key.
 */
public final class KillTypingProbe {
    static final String PAGE = "Log";
    static final String NOTES = "# Log\n\nWhat I did this week: ";
    static final String TYPED = "the quick brown fox jumps over the lazy dog ";

    private KillTypingProbe() {
    }

    /** {@code NOTEBOOK SEED}. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        MainWindow window = FxCall.get(() -> {
            MainWindow w = new MainWindow(new Stage(), new Settings(new MemoryPreferences()), new NoFileDialogs(),
                    new ThreadedWork(), Clock.systemDefaultZone(), url -> { });
            w.open(file);
            w.show();
            return w;
        });
        FxCall.get(() -> {
            Node page = window.session().outline().roots().stream().filter(n -> n.name().equals(PAGE)).findFirst()
                    .orElseThrow();
            return window.tree().select(page.id());
        });
        // Type into a settled window, as a user would: the preview's web view has shown the page once.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!FxCall.get(() -> window.scene().lookup("." + PreviewPane.STYLE_CLASS) instanceof PreviewPane p
                && p.renderCountProperty().get() > 0)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the preview did not show the page within 120 s");
            }
            Thread.sleep(100);
        }
        Thread.sleep(1000);
        // Only now: the editor joins the window after its first frame, and has no place on screen before.
        Bounds editor = FxCall.get(() -> {
            CodeArea area = window.editor().editor();
            return area.localToScreen(area.getBoundsInLocal());
        });
        Robot robot = new Robot();
        robot.mouseMove((int) editor.getCenterX(), (int) editor.getCenterY());
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        Thread.sleep(300);
        FxCall.get(() -> {
            CodeArea area = window.editor().editor();
            area.requestFocus();
            area.moveTo(area.getLength());
            return null;
        });
        Thread.sleep(1000);
        System.out.println("typing");
        Random pace = new Random(Long.parseLong(args[1]));
        long next = System.nanoTime();
        for (int k = 0; ; k++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            char c = TYPED.charAt(k % TYPED.length());
            int code = c == ' ' ? KeyEvent.VK_SPACE : KeyEvent.getExtendedKeyCodeForChar(c);
            robot.keyPress(code);
            robot.keyRelease(code);
            // The editor's length read off the FX thread: only a sanity figure for the parent's report.
            System.out.println("key " + k + " " + epochMicros() + " " + window.editor().editor().getLength());
            next += TimeUnit.MILLISECONDS.toNanos(80 + pace.nextInt(41));
        }
    }

    static long epochMicros() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }
}
