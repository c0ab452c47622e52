package org.goalbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notebook path that is neither a regular file nor missing is refused at once, with one line that says what it is. */
class StrangePathTest {
    @TempDir
    Path dir;

    @Test
    void aNamedPipeIsRefusedAtOnceInsteadOfHanging() throws Exception {
        Path fifo = dir.resolve("n.goalbook");
        assumeTrue(mkfifo(fifo), "needs mkfifo");
        NotebookException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(NotebookException.class, () -> NotebookStore.open(fifo)));
        assertEquals(fifo + " is a named pipe, not a notebook file", e.getMessage());
        assertFalse(Files.exists(dir.resolve("n.goalbook.lock")), "no lock file is left beside it");
    }

    @Test
    void aDeviceIsRefusedAtOnce() {
        Path device = Path.of("/dev/zero");
        assumeTrue(Files.exists(device), "needs /dev/zero");
        NotebookException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(NotebookException.class, () -> NotebookStore.open(device)));
        assertEquals(device + " is a device, not a notebook file", e.getMessage());
    }

    @Test
    void aDanglingSymbolicLinkIsNamedAsSuch() throws IOException {
        Path target = dir.resolve("moved-away.goalbook");
        Path link = Files.createSymbolicLink(dir.resolve("n.goalbook"), target);
        NotebookException e = assertThrows(NotebookException.class, () -> NotebookStore.open(link));
        assertEquals("Cannot open " + link + ": it is a symbolic link to " + target + ", which does not exist",
                e.getMessage());
        assertFalse(Files.exists(target), "nothing is created at the link's target");
    }

    @Test
    void aLinkToANotebookStillOpensIt() throws IOException {
        Path real = dir.resolve("real.goalbook");
        try (NotebookStore store = NotebookStore.open(real)) {
            store.replaceAll(SampleNotebook.notebook());
        }
        Path link = Files.createSymbolicLink(dir.resolve("link.goalbook"), real);
        try (NotebookStore store = NotebookStore.open(link)) {
            assertEquals(real.toRealPath(), store.path());
        }
    }

    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
