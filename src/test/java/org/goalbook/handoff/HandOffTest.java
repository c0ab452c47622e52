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
import java.util.concurrent.TimeUnit;

import org.goalbook.cli.GoalbookCli;
import org.goalbook.cli.WindowLauncher;
import org.goalbook.store.HoldNotebook;
import org.goalbook.store.NotebookInUse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start of the window on an open notebook hands itself to the Goalbook that has it open, in real processes. */
class HandOffTest {
    @TempDir
    Path dir;
    private Process other;
    private final List<Path> windowsOpened = new ArrayList<>();
    /** What the desktop app's launcher does, except that a window opened here is only noted. */
    private final WindowLauncher launcher = new WindowLauncher() {
        @Override
        public void open(Path notebook) {
            windowsOpened.add(notebook);
        }

        @Override
        public boolean handOver(NotebookInUse refused, Path notebook) {
            return HandOff.send(refused, notebook);
        }
    };

    @AfterEach
    void stopOther() throws InterruptedException {
        if (other != null && other.isAlive()) {
            other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void startingTheWindowAgainHandsTheNotebookToTheGoalbookThatHasItOpenAndEndsQuietly() throws Exception {
        Path file = dir.resolve("n.goalbook");
        other = start(AnswerLaunches.class, file);
        BufferedReader lines = output(other);
        assertEquals("open", lines.readLine());

        Result result = run("--notebook", file.toString());

        assertEquals(new Result(0, "", ""), result);
        assertEquals("asked to show " + file, lines.readLine());
        assertEquals(List.of(), windowsOpened, "no second window");
    }

    /** A double-click while the first window is still starting (the notebook is open, nothing shown yet). */
    @Test
    void aLaunchWhileTheWindowIsStillStartingIsKeptUntilTheWindowAnswers() throws Exception {
        Path file = dir.resolve("n.goalbook");
        other = start(AnswerLaunches.class, file, "late");
        BufferedReader lines = output(other);
        assertEquals("open", lines.readLine());

        assertEquals(new Result(0, "", ""), run("--notebook", file.toString()));
        other.getOutputStream().write('\n');
        other.getOutputStream().flush(); // the window is up now and answers

        assertEquals("asked to show " + file, lines.readLine());
        assertEquals(List.of(), windowsOpened, "no second window");
    }

    @Test
    void aHardLinkIsHandedToTheGoalbookThatHasTheFileOpenUnderItsOwnName() throws Exception {
        Path file = dir.resolve("n.goalbook");
        Path alias = dir.resolve("alias.goalbook");
        other = start(AnswerLaunches.class, file);
        BufferedReader lines = output(other);
        assertEquals("open", lines.readLine());
        Files.createLink(alias, file);

        assertEquals(0, run("--notebook", alias.toString()).code());
        assertEquals("asked to show " + alias, lines.readLine());
    }

    @Test
    void whenNobodyThereAnswersTheStartIsRefusedAsBefore() throws Exception {
        Path file = dir.resolve("n.goalbook");
        other = start(HoldNotebook.class, file, "A page");
        assertEquals("open", output(other).readLine());

        Result result = run("--notebook", file.toString());

        assertEquals(new Result(2, "", file + " is already open in another Goalbook (process " + other.pid()
                + "); close it there first\n"), result);
        assertEquals(List.of(), windowsOpened);
    }

    @Test
    void commandsAreRefusedEvenWhenAWindowCouldAnswer() throws Exception {
        Path file = dir.resolve("n.goalbook");
        other = start(AnswerLaunches.class, file);
        BufferedReader lines = output(other);
        assertEquals("open", lines.readLine());

        Result result = run("info", "--notebook", file.toString());

        assertEquals(new Result(2, "", file + " is already open in another Goalbook (process " + other.pid()
                + "); close it there first\n"), result);
        other.getOutputStream().close(); // lets it close the notebook and end
        assertTrue(other.waitFor(60, TimeUnit.SECONDS));
        assertFalse(lines.lines().anyMatch(line -> line.startsWith("asked")), "nothing was handed over");
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

    private static Process start(Class<?> main, Path file, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), main.getName(), file.toString()));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static BufferedReader output(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
