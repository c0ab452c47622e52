package org.goalbook.bench;

import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.fxmisc.richtext.CodeArea;
import org.goalbook.model.Node;
import org.goalbook.ui.MainWindow;
import org.goalbook.ui.MemoryPreferences;
import org.goalbook.ui.Settings;
import org.goalbook.ui.ThreadedWork;
import org.goalbook.ui.preview.PreviewPane;

/**
 * Keystroke → preview latency and stalls of the JavaFX thread while typing, in the real window on a real display
 * (Xvfb). Keys are pressed through the X server ({@code java.awt.Robot}, XTest) from a thread of their own, one
 * character every 80–120 ms like a person typing, so a busy FX thread delays them as it would a user's. A
 * keystroke's latency runs from its key press to the first render that puts it into the preview's DOM
 * ({@link PreviewWatch}); the stall figures are the gaps between frames on the FX thread ({@link FrameGaps}).
 * Cases: a 50 KB note and a 1 MB page ({@link TypingNotebook}). Not a test:
 * <pre>
 * Xvfb :77 -screen 0 1920x1080x24 &amp;
 * DISPLAY=:77 mvn -q -o test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-cp %classpath org.goalbook.bench.TypingBenchmark"
 * </pre>
 * Options (before {@code -cp}): {@code -Dbench.warmup=30} unmeasured keystrokes per case, {@code -Dbench.keys=220}
 * measured ones, {@code -Dbench.frameGaps=false} to type without the frame timer, {@code -Dbench.only=1 MB} to run
 * only the cases whose name holds that text.
 */
public final class TypingBenchmark {
    private static final String TYPED = "the quick brown fox jumps over the lazy dog ";
    private static final String FIRST_PARAGRAPH = "document.body.querySelector('p')";
    private static final String LAST_PARAGRAPH = "document.body.lastElementChild";

    private final MainWindow window;
    private final Robot robot;
    private final int warmup = Integer.getInteger("bench.warmup", 30);
    private final int measured = Integer.getInteger("bench.keys", 220);
    private final boolean frameGaps = Boolean.parseBoolean(System.getProperty("bench.frameGaps", "true"));

    private TypingBenchmark(MainWindow window, Robot robot) {
        this.window = window;
        this.robot = robot;
    }

    /** Where to type: into which node, before which words, and how to find that paragraph in the preview. */
    record Case(String name, String node, String anchor, String paragraph) {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("DISPLAY is not set: start Xvfb (Xvfb :77 &) and run with DISPLAY=:77");
        }
        Path file = TypingNotebook.write(Files.createTempDirectory("goalbook-typing").resolve("typing.goalbook"));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        // Built as GoalbookApp builds it, with settings kept in memory and links going nowhere.
        MainWindow window = FxCall.get(() -> {
            MainWindow w = new MainWindow(new Stage(), new Settings(new MemoryPreferences()), new NoFileDialogs(),
                    new ThreadedWork(), Clock.systemDefaultZone(), url -> { });
            w.open(file);
            w.show();
            return w;
        });
        TypingBenchmark bench = new TypingBenchmark(window, new Robot());
        List<Case> cases = List.of(
                new Case("50 KB note, typing near the top", TypingNotebook.GOAL, TypingNotebook.TOP_ANCHOR,
                        FIRST_PARAGRAPH),
                new Case("1 MB page, typing near the top", TypingNotebook.PAGE, TypingNotebook.TOP_ANCHOR,
                        FIRST_PARAGRAPH),
                new Case("1 MB page, typing at the end", TypingNotebook.PAGE, TypingNotebook.END_ANCHOR,
                        LAST_PARAGRAPH),
                new Case("5 MB page, typing at the end", TypingNotebook.BIG_PAGE, TypingNotebook.END_ANCHOR,
                        LAST_PARAGRAPH));
        System.out.printf("JVM %s, %d cores, DISPLAY=%s; %d + %d keystrokes per case, frame timer %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getenv("DISPLAY"), bench.warmup, bench.measured, bench.frameGaps ? "on" : "off");
        TextTable table = new TextTable("case", "keystrokes", "latency median ms", "p95 ms", "max ms",
                "renders", "frames", "FX frame gap p99 ms", "longest gap ms", "gaps > 100 ms");
        String only = System.getProperty("bench.only", "");
        for (Case c : cases) {
            boolean big = c.node().equals(TypingNotebook.BIG_PAGE);
            if (c.name().contains(only) && (Boolean.getBoolean("bench.big") || !big)) {
                bench.run(c, table);
                if (big) {
                    bench.scroll(c);
                }
            }
        }
        System.out.println();
        System.out.print(table);
        FxCall.get(() -> {
            window.shutdown();
            return null;
        });
        System.exit(0);
    }

    private void run(Case c, TextTable table) throws Exception {
        int total = warmup + measured;
        FxCall.get(() -> {
            Node node = window.session().outline().preorder().stream().filter(n -> n.name().equals(c.node()))
                    .findFirst().orElseThrow();
            window.tree().select(node.id());
            return null;
        });
        long selected = System.nanoTime();
        PreviewPane preview = waitForPreview(c);
        System.out.printf("%s: editor and preview show the note %d ms after selecting it (1 s quiet included); %s%n",
                c.name(), (System.nanoTime() - selected) / 1_000_000, ProcessMemory.now());
        // Asked once the window is laid out: when the first case runs alone, the editor has no place on screen yet.
        Bounds editor = FxCall.get(() -> {
            CodeArea area = window.editor().editor();
            return area.localToScreen(area.getBoundsInLocal());
        });
        // Focus as a user gives it: a click into the editor; then the caret goes where the typing belongs.
        robot.mouseMove((int) editor.getCenterX(), (int) editor.getCenterY());
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        Thread.sleep(300);
        int caret = FxCall.get(() -> {
            CodeArea area = window.editor().editor();
            area.requestFocus();
            int at = area.getText().indexOf(c.anchor());
            area.moveTo(at);
            area.requestFollowCaret();
            return at;
        });
        Thread.sleep(1500);
        PreviewWatch watch = FxCall.get(() -> {
            WebView web = (WebView) preview.getChildren().get(0);
            PreviewWatch w = new PreviewWatch(preview, web.getEngine(), c.paragraph(), total);
            w.start();
            return w;
        });
        FrameGaps gaps = new FrameGaps();
        if (frameGaps) {
            FxCall.get(() -> {
                gaps.start();
                return null;
            });
        }
        type(total, watch);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (watch.heldCount() < total && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        String typed = FxCall.get(() -> {
            watch.stop();
            gaps.stop();
            String text = window.editor().editor().getText();
            return text.substring(caret, Math.min(text.length(), caret + total));
        });
        if (watch.heldCount() < total || !typed.equals(expected(total))) {
            throw new IllegalStateException(c.name() + ": the preview holds " + watch.heldCount() + " of " + total
                    + " keystrokes; the editor got \"" + typed + "\"");
        }
        report(c, watch, gaps, table);
        System.out.println(c.name() + " done");
    }

    /** Scrolls the editor from top to bottom in 20 jumps; prints the longest jump, layout of the new place included. */
    private void scroll(Case c) throws Exception {
        int paragraphs = FxCall.get(() -> window.editor().editor().getParagraphs().size());
        double worst = 0;
        for (int k = 0; k <= 20; k++) {
            int to = (int) Math.min(paragraphs - 1L, (long) paragraphs * k / 20);
            long start = System.nanoTime();
            FxCall.get(() -> {
                window.editor().editor().showParagraphAtTop(to);
                window.editor().editor().layout();
                return null;
            });
            FxCall.get(() -> null); // the next turn of the FX thread: the frame with the new place drawn
            worst = Math.max(worst, (System.nanoTime() - start) / 1e6);
        }
        System.out.printf("%s: scrolling %d paragraphs top to bottom in 20 jumps, longest jump %s ms; %s%n", c.name(),
                paragraphs, f(worst), ProcessMemory.now());
    }

    private void report(Case c, PreviewWatch watch, FrameGaps gaps, TextTable table) {
        double[] latency = watch.sortedLatenciesMs(warmup);
        double[] gap = gaps.sortedMs(watch.pressedAt(warmup));
        long longGaps = java.util.Arrays.stream(gap).filter(g -> g > 100).count();
        table.row(c.name(), String.valueOf(latency.length), f(Percentiles.of(latency, 50)),
                f(Percentiles.of(latency, 95)), f(Percentiles.max(latency)), String.valueOf(watch.renders()),
                frameGaps ? String.valueOf(gap.length + 1) : "", frameGaps ? f(Percentiles.of(gap, 99)) : "",
                frameGaps ? f(Percentiles.max(gap)) : "", frameGaps ? String.valueOf(longGaps) : "");
    }

    /** Presses the keys on a fixed schedule: a slow frame does not slow the typist down. */
    private void type(int total, PreviewWatch watch) throws InterruptedException {
        Random pace = new Random(42);
        long next = System.nanoTime();
        for (int k = 0; k < total; k++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            int code = keyCode(TYPED.charAt(k % TYPED.length()));
            watch.pressed(k);
            robot.keyPress(code);
            robot.keyRelease(code);
            next += TimeUnit.MILLISECONDS.toNanos(80 + pace.nextInt(41));
        }
    }

    /** Waits until the preview shows the selected node's text, then for a quiet second. */
    private PreviewPane waitForPreview(Case c) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            PreviewPane ready = FxCall.get(() -> {
                if (!(window.scene().lookup("." + PreviewPane.STYLE_CLASS) instanceof PreviewPane p)
                        || !(p.getChildren().get(0) instanceof WebView web)) {
                    return null;
                }
                String text = window.editor().editor().getText();
                int line = text.lastIndexOf('\n', text.indexOf(c.anchor())) + 1;
                int expected = text.indexOf('\n', line) - line;
                return PreviewWatch.length(web.getEngine(), c.paragraph()) == expected ? p : null;
            });
            if (ready != null) {
                Thread.sleep(1000);
                return ready;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(c.name() + ": the preview did not show the note within 120 s");
    }

    private static String expected(int total) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < total; k++) {
            sb.append(TYPED.charAt(k % TYPED.length()));
        }
        return sb.toString();
    }

    private static int keyCode(char c) {
        return c == ' ' ? KeyEvent.VK_SPACE : KeyEvent.getExtendedKeyCodeForChar(c);
    }

    private static String f(double ms) {
        return Timing.ms(ms);
    }
}
