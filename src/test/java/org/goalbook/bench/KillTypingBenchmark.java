package org.goalbook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Outline;
import org.goalbook.store.NotebookStore;

/**
 * How much typing a crash loses: the window types into a page's notes in a child process ({@link KillTypingProbe},
 * real keys through Xvfb), which is killed with SIGKILL at a random moment; the notebook is then opened again and
 * what it holds is compared with what had been typed. "Typing lost" is the time from the first keystroke the file
 * does not hold to the kill (0 when it holds all). Not a test:
 * <pre>
 * Xvfb :77 -screen 0 1920x1080x24 &amp;
 * DISPLAY=:77 mvn -q -o test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Dbench.runs=20 -cp %classpath org.goalbook.bench.KillTypingBenchmark"
 * </pre>
 */
public final class KillTypingBenchmark {
    private KillTypingBenchmark() {
    }

    /** One run: keys pressed before the kill, keys the file holds, typing lost. */
    record Run(int pressed, int stored, double lostMs) {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("DISPLAY is not set: start Xvfb (Xvfb :77 &) and run with DISPLAY=:77");
        }
        int runs = Integer.getInteger("bench.runs", 20);
        Random random = new Random(Long.getLong("bench.seed", 7));
        Path dir = Files.createTempDirectory("goalbook-kill");
        System.out.printf("JVM %s, %d cores, load average %.1f; %d runs%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs);
        List<Run> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // Kill after 1.5 to 6 s of typing: a random moment against the autosave's rhythm.
            long typingMs = 1500 + random.nextInt(4500);
            Run run = once(dir.resolve("run" + i + ".goalbook"), random.nextLong(), typingMs);
            results.add(run);
            System.out.printf("run %2d: killed after %4d ms of typing, %3d keys pressed, %3d stored, lost %6.1f ms%n",
                    i + 1, typingMs, run.pressed(), run.stored(), run.lostMs());
        }
        double[] lost = results.stream().mapToDouble(Run::lostMs).sorted().toArray();
        System.out.printf("%nTyping lost on kill -9 over %d runs: median %.0f ms, worst %.0f ms (load average %.1f)%n",
                lost.length, Percentiles.of(lost, 50), Percentiles.max(lost),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.exit(0);
    }

    private static Run once(Path file, long seed, long typingMs) throws Exception {
        try (NotebookStore store = NotebookStore.open(file)) {
            Node page = new Node(1, 0, 0, NodeKind.PAGE, KillTypingProbe.PAGE, null, false, null, null,
                    KillTypingProbe.NOTES, false, null);
            store.replaceAll(new Notebook(NotebookMeta.empty(), new Outline(List.of(page)), List.of()));
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.util.prefs.userRoot=" + file.resolveSibling("prefs"),
                KillTypingProbe.class.getName(), file.toString(), String.valueOf(seed))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
        String first = lines.readLine();
        if (!"typing".equals(first)) {
            child.destroyForcibly().waitFor();
            throw new IllegalStateException("the window did not start typing: " + first);
        }
        // Read the key lines as they come: destroying a process closes its output for the reader.
        List<Long> printed = java.util.Collections.synchronizedList(new ArrayList<>());
        int[] editorLength = new int[1];
        Thread reader = new Thread(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] parts = line.split(" ");
                    printed.add(Long.parseLong(parts[2]));
                    editorLength[0] = Integer.parseInt(parts[3]);
                }
            } catch (IOException e) {
                // The kill closed the stream.
            }
        });
        reader.start();
        Thread.sleep(typingMs);
        long killedAt = KillTypingProbe.epochMicros();
        child.destroyForcibly(); // SIGKILL: nothing in the child runs after this
        child.waitFor(60, TimeUnit.SECONDS);
        reader.join(10_000);
        List<Long> pressedAt;
        synchronized (printed) {
            pressedAt = printed.stream().filter(at -> at <= killedAt).toList();
        }
        String notes;
        try (NotebookStore store = NotebookStore.open(file)) {
            if (!store.notices().isEmpty()) {
                throw new IllegalStateException("the notebook's own log was not taken: " + store.notices());
            }
            notes = store.outline().roots().get(0).notes();
        }
        String typed = notes.substring(KillTypingProbe.NOTES.length());
        if (editorLength[0] <= KillTypingProbe.NOTES.length()) {
            throw new IllegalStateException("the keys did not reach the editor (it holds " + editorLength[0]
                    + " characters)");
        }
        // A key pressed in the instant before the kill may be stored without its line having been printed.
        String expected = expected(pressedAt.size() + 5);
        if (!expected.startsWith(typed)) {
            throw new IllegalStateException("the file holds \"" + typed + "\", not a start of \"" + expected + "\"");
        }
        int stored = Math.min(typed.length(), pressedAt.size());
        double lost = stored >= pressedAt.size() ? 0 : (killedAt - pressedAt.get(stored)) / 1000.0;
        return new Run(pressedAt.size(), stored, lost);
    }

    private static String expected(int keys) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < keys; k++) {
            sb.append(KillTypingProbe.TYPED.charAt(k % KillTypingProbe.TYPED.length()));
        }
        return sb.toString();
    }
}
