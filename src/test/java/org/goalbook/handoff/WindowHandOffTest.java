package org.goalbook.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.goalbook.app.Main;
import org.goalbook.cli.GoalbookCli;
import org.goalbook.cli.WindowLauncher;
import org.goalbook.store.NotebookStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A window start on a notebook that no Goalbook has open goes to this user's running window, which decides; commands
 * are never handed over. The running window is a real process, and so is the start where it matters.
 */
class WindowHandOffTest {
    @TempDir
    Path dir;
    private Path socket;
    private Path other;
    private final List<Process> running = new ArrayList<>();
    private final List<Path> windowsOpened = new ArrayList<>();
    /** The desktop app's launcher with the socket of this test, except that a window opened here is only noted. */
    private final WindowLauncher launcher = new WindowLauncher() {
        @Override
        public void open(Path notebook) {
            windowsOpened.add(notebook);
        }

        @Override
        public boolean handToRunningWindow(Path notebook) {
            return WindowHandOff.send(socket, notebook);
        }
    };

    @BeforeEach
    void files() throws IOException {
        Path run = Files.createDirectory(dir.resolve("run"));
        socket = run.resolve("window.socket");
        other = dir.resolve("other.goalbook");
        NotebookStore.open(other).close();
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : running) {
            if (p.isAlive()) {
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aDesktopStartOnAnotherNotebookGoesToTheRunningWindowAndEndsQuietly() throws Exception {
        // Both processes as the desktop starts them, sharing a runtime folder and settings of this test's own.
        Map<String, String> env = Map.of("XDG_RUNTIME_DIR", dir.resolve("run").toString());
        String prefs = "-Djava.util.prefs.userRoot=" + dir.resolve("prefs");
        Process window = start(env, List.of(prefs, AnswerWindowLaunches.class.getName(), "here"));
        BufferedReader said = output(window);
        assertEquals("listening", said.readLine());

        Process second = start(env, List.of(prefs, Main.class.getName(), other.toString()));

        assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second start ended");
        assertEquals("", new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals(0, second.exitValue());
        assertEquals("asked to open " + other.toAbsolutePath(), said.readLine());
    }

    @Test
    void theWindowTakingTheLaunchEndsItWithoutASecondWindow() throws Exception {
        BufferedReader said = output(startWindow("here"));
        assertEquals("listening", said.readLine());

        assertEquals(new Result(0, "", ""), run("--notebook", other.toString()));
        assertEquals("asked to open " + other.toAbsolutePath(), said.readLine());
        assertEquals(List.of(), windowsOpened);
    }

    @Test
    void choosingANewWindowThereLetsTheLaunchOpenItsOwn() throws Exception {
        BufferedReader said = output(startWindow("own"));
        assertEquals("listening", said.readLine());

        assertEquals(new Result(0, "", ""), run("--notebook", other.toString()));
        assertEquals("asked to open " + other.toAbsolutePath(), said.readLine());
        assertEquals(List.of(other), windowsOpened);
    }

    @Test
    void withNoWindowRunningTheLaunchOpensItsOwnAsBefore() {
        assertEquals(new Result(0, "", ""), run("--notebook", other.toString()));
        assertEquals(List.of(other), windowsOpened);
    }

    @Test
    void commandsOnAnotherNotebookWorkAsBeforeAndAskNobody() throws Exception {
        Process window = startWindow("here");
        BufferedReader said = output(window);
        assertEquals("listening", said.readLine());

        Result listed = run("list", "--notebook", other.toString());
        Result info = run("info", "--notebook", other.toString());

        assertEquals(0, listed.code(), listed.err());
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().contains("other.goalbook"), info.out());
        window.getOutputStream().close(); // lets it stop listening and end
        assertTrue(window.waitFor(60, TimeUnit.SECONDS));
        assertFalse(said.lines().anyMatch(line -> line.startsWith("asked")), "nothing was handed over");
        assertEquals(List.of(), windowsOpened);
    }

    @Test
    void aSecondWindowLeavesTheSocketToTheFirstAndACrashedWindowsSocketIsTakenOver() throws Exception {
        Process first = startWindow("here");
        assertEquals("listening", output(first).readLine());
        assertEquals("not listening", output(startWindow("here")).readLine(), "the first window keeps the launches");

        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // a crash: its socket file stays behind
        assertTrue(Files.exists(socket));

        Optional<WindowHandOff.Listening> taken = WindowHandOff.answerWith(socket,
                request -> CompletableFuture.completedFuture(true));
        try {
            assertTrue(taken.isPresent(), "the next window takes over the leftover");
            assertEquals(new Result(0, "", ""), run("--notebook", other.toString()));
            assertEquals(List.of(), windowsOpened);
        } finally {
            taken.ifPresent(WindowHandOff.Listening::close);
        }
        assertFalse(Files.exists(socket), "closing the window removes its socket");
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoalbookCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), launcher);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Process startWindow(String decision) throws IOException {
        return start(Map.of(), List.of(AnswerWindowLaunches.class.getName(), decision, socket.toString()));
    }

    private Process start(Map<String, String> env, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path")));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().remove("DISPLAY"); // a start that does not hand over must not open a real window
        builder.environment().putAll(env);
        Process p = builder.start();
        running.add(p);
        return p;
    }

    private static BufferedReader output(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
