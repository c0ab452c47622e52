package org.goalbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.goalbook.model.Change;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Goalbook processes never have one notebook open at once; a killed one leaves its last change and no lock. */
class TwoProcessesTest {
    @TempDir
    Path dir;
    private Process other;

    @AfterEach
    void stopOther() throws InterruptedException {
        if (other != null && other.isAlive()) {
            other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aNotebookOpenInAnotherProcessIsRefusedUntilThatOneCloses() throws Exception {
        Path file = dir.resolve("n.goalbook");
        other = start(file, "Written by the other process");
        BufferedReader lines = output(other);
        assertEquals("open", lines.readLine());

        NotebookException e = assertThrows(NotebookException.class, () -> NotebookStore.open(file));
        assertEquals(file + " is already open in another Goalbook (process " + other.pid() + "); close it there first",
                e.getMessage());

        try (Writer stdin = new OutputStreamWriter(other.getOutputStream(), StandardCharsets.UTF_8)) {
            stdin.write("close\n");
        }
        assertTrue(other.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, other.exitValue());
        try (NotebookStore store = NotebookStore.open(file)) {
            assertEquals(List.of("Written by the other process"), names(store));
        }
    }

    @Test
    void anotherProcessCannotOpenANotebookOpenHere() throws Exception {
        Path file = dir.resolve("n.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            other = start(file, "Never written");
            String line = output(other).readLine();
            assertTrue(other.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, other.exitValue());
            assertEquals("refused: " + file + " is already open in another Goalbook (process "
                    + ProcessHandle.current().pid() + "); close it there first", line);
            assertEquals(List.of(), names(store));
        }
    }

    @Test
    void aKilledGoalbookKeepsItsLastChangeAndReleasesTheNotebook() throws Exception {
        Path file = dir.resolve("n.goalbook");
        other = start(file, "Saved before the kill");
        assertEquals("open", output(other).readLine());
        other.destroyForcibly();
        assertTrue(other.waitFor(60, TimeUnit.SECONDS));

        try (NotebookStore store = NotebookStore.open(file)) {
            assertEquals(List.of("Saved before the kill"), names(store));
            assertEquals(List.of(), store.check());
        }
    }

    @Test
    void openingAndClosingTheNotebooksFilesHereDoesNotLetAnotherProcessIn() throws Exception {
        Path file = dir.resolve("n.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            addPage(store, "Written here");
            assertTrue(Files.exists(dir.resolve("n.goalbook-wal")));
            assertFalse(Files.exists(dir.resolve("n.goalbook-shm")), "SQLite keeps the log's index in its own memory");
            // What a file dialog browsing the notebook's folder does inside our process: open and close every file.
            // The runtime folder too, so that every lock is dropped and only the listening socket is left.
            touchEveryFile(dir);
            touchEveryFile(RuntimeFolder.find().orElseThrow());
            other = start(file, "Never written");
            assertEquals("refused: " + file + " is already open in another Goalbook (process "
                    + ProcessHandle.current().pid() + "); close it there first", output(other).readLine());
            assertTrue(other.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, other.exitValue());
            assertEquals(List.of("Written here"), names(store));
        }
    }

    @Test
    void aHardLinkToANotebookOpenHereIsRefusedInAnotherProcess() throws Exception {
        Path file = dir.resolve("n.goalbook");
        Path alias = Files.createDirectories(dir.resolve("elsewhere")).resolve("alias.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            addPage(store, "Written here");
            Files.createLink(alias, file);
            other = start(alias, "Never written");
            assertEquals("refused: " + alias + " is already open in another Goalbook (process "
                    + ProcessHandle.current().pid() + "); close it there first", output(other).readLine());
            assertTrue(other.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, other.exitValue());
            assertEquals(List.of("Written here"), names(store));
        }
    }

    @Test
    void twoGoalbooksStartingAtOnceThroughTwoLinksAfterACrashDoNotBothGetIn() throws Exception {
        Path file = dir.resolve("n.goalbook");
        Path alias = dir.resolve("alias.goalbook");
        other = start(file, "Left by a crash");
        assertEquals("open", output(other).readLine());
        other.destroyForcibly().waitFor(60, TimeUnit.SECONDS); // leaves its socket file behind
        Files.createLink(alias, file);

        Process first = start(file, "First");
        Process second = start(alias, "Second");
        try {
            List<String> said = List.of(output(first).readLine(), output(second).readLine());
            assertEquals(1, said.stream().filter("open"::equals).count(), said.toString());
            assertEquals(1, said.stream().filter(line -> line.startsWith("refused: ")).count(), said.toString());
        } finally {
            first.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            second.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static void touchEveryFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path each : files.filter(Files::isRegularFile).toList()) {
                new FileInputStream(each.toFile()).close();
                FileChannel.open(each, StandardOpenOption.READ).close();
            }
        }
    }

    private static void addPage(NotebookStore store, String name) {
        store.apply(List.of(new Change.Put(new Node(0, 0, 0, NodeKind.PAGE, name, null, false, null, null, "", false,
                null))));
    }

    private static Process start(Path file, String pageName) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldNotebook.class.getName(),
                file.toString(), pageName).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static BufferedReader output(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static List<String> names(NotebookStore store) {
        return store.outline().roots().stream().map(Node::name).toList();
    }
}
