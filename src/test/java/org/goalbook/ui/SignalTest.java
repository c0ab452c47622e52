package org.goalbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Outline;
import org.goalbook.store.NotebookStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (logout, shutdown) and SIGINT (Ctrl+C in the terminal) close Goalbook the way Ctrl+Q does: everything typed
 * before the signal is in the notebook afterwards, and the process ends. A real child process runs the app headless
 * ({@link TypeUntilSignal}) and types steadily, so some typing is always waiting for the autosave when the signal
 * comes.
 */
class SignalTest {
    private static final String NOTES = "# Log\n\nWhat I did: ";

    @TempDir
    Path dir;
    private Process child;

    @AfterEach
    void stop() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void sigtermStoresWhatWasTyped() throws Exception {
        typeThenSignal(() -> child.destroy());
    }

    @Test
    void sigintStoresWhatWasTypedAndEndsTheProcess() throws Exception {
        typeThenSignal(() -> new ProcessBuilder("kill", "-INT", String.valueOf(child.pid())).inheritIO().start()
                .waitFor());
    }

    private interface Signal {
        void send() throws IOException, InterruptedException;
    }

    private void typeThenSignal(Signal signal) throws Exception {
        Path file = dir.resolve("n.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(new Notebook(NotebookMeta.empty(), new Outline(List.of(new Node(1, 0, 0, NodeKind.PAGE,
                    "Log", null, false, null, null, NOTES, false, null))), List.of()));
        }
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                TypeUntilSignal.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicInteger typed = new AtomicInteger();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("typed ")) {
                        typed.set(Integer.parseInt(line.substring(6)));
                    }
                }
            } catch (IOException e) {
                // The process ended.
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        // A second and more of steady typing: the autosave has run, and more is pending.
        while (typed.get() < NOTES.length() + 30 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(typed.get()).as("the child typed").isGreaterThanOrEqualTo(NOTES.length() + 30);
        int beforeSignal = typed.get();
        signal.send();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the process ends on the signal").isTrue();

        String stored;
        try (NotebookStore store = NotebookStore.open(file)) {
            stored = store.outline().roots().get(0).notes();
        }
        assertThat(stored).startsWith(NOTES).matches("(?s).*x+");
        assertThat(stored.length()).as("all %d characters typed before the signal are stored", beforeSignal)
                .isGreaterThanOrEqualTo(beforeSignal);
    }
}
