package org.goalbook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.goalbook.model.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write-ahead logs left by a killed Goalbook: the notebook's own is applied, another notebook's is moved aside (never
 * deleted) and the notebook opens as it was. The logs are real: a child JVM writes and is killed with SIGKILL.
 */
class LeftoverLogTest {
    @TempDir
    Path dir;

    @Test
    void anotherNotebooksLogIsMovedAsideAndTheNotebookOpensAsItWas() throws Exception {
        Path a = notebook("a.goalbook", "Page of A");
        Path b = notebook("b.goalbook", "Page of B");
        killWhileOpen(b, "Written in B before the crash");
        byte[] log = Files.readAllBytes(sibling(b, "-wal"));
        // A restore from backup next to a crash's leftovers: B's log and index now sit beside A.
        Files.copy(sibling(b, "-wal"), sibling(a, "-wal"));
        Files.copy(sibling(b, "-shm"), sibling(a, "-shm"));

        try (NotebookStore store = NotebookStore.open(a)) {
            assertThat(names(store)).containsExactly("Page of A");
            assertThat(store.notices()).hasSize(1);
            assertThat(store.notices().get(0)).startsWith("The write-ahead log beside a.goalbook belongs to another "
                    + "notebook: it was moved to a.goalbook-wal.set-aside-").endsWith(" and a.goalbook opened as it was");
            assertThat(store.check()).isEmpty();
        }
        List<Path> aside = list("a.goalbook-wal.set-aside-");
        assertThat(aside).hasSize(1);
        assertThat(Files.readAllBytes(aside.get(0))).isEqualTo(log);
        assertThat(list("a.goalbook-shm.set-aside-")).hasSize(1);
        try (NotebookStore store = NotebookStore.open(b)) {
            assertThat(names(store)).containsExactly("Page of B", "Written in B before the crash");
        }
    }

    @Test
    void theNotebooksOwnLogIsAppliedWithoutANotice() throws Exception {
        Path a = notebook("a.goalbook", "Page of A");
        killWhileOpen(a, "Written in A before the crash");
        assertThat(Files.size(sibling(a, "-wal"))).isPositive();

        try (NotebookStore store = NotebookStore.open(a)) {
            assertThat(names(store)).containsExactly("Page of A", "Written in A before the crash");
            assertThat(store.notices()).isEmpty();
        }
        assertThat(list("a.goalbook-wal.set-aside-")).isEmpty();
    }

    @Test
    void aNotebookMadeBeforeIdsGetsOneAndKeepsItsOwnLog() throws Exception {
        Path a = notebook("a.goalbook", "Page of A");
        try (var raw = java.sql.DriverManager.getConnection("jdbc:sqlite:" + a)) {
            raw.createStatement().executeUpdate("DELETE FROM meta WHERE key = 'notebook_id'");
        }
        killWhileOpen(a, "Written after the id was given");
        try (NotebookStore store = NotebookStore.open(a)) {
            assertThat(names(store)).containsExactly("Page of A", "Written after the id was given");
            assertThat(store.notices()).isEmpty();
        }
    }

    @Test
    void aLogWithoutItsNotebookIsNotAppliedToANewOne() throws Exception {
        Path b = notebook("b.goalbook", "Page of B");
        killWhileOpen(b, "Written in B before the crash");
        Path fresh = dir.resolve("fresh.goalbook");
        Files.copy(sibling(b, "-wal"), sibling(fresh, "-wal"));

        try (NotebookStore store = NotebookStore.open(fresh)) {
            assertThat(names(store)).isEmpty();
            assertThat(store.notices()).singleElement().asString().contains("had no notebook beside it");
        }
        assertThat(list("fresh.goalbook-wal.set-aside-")).hasSize(1);
    }

    private Path notebook(String name, String page) {
        Path file = dir.resolve(name);
        try (NotebookStore store = NotebookStore.open(file)) {
            store.apply(List.of(new org.goalbook.model.Change.Put(new Node(-1, 0, 0,
                    org.goalbook.model.NodeKind.PAGE, page, null, false, null, null, "", false, null))));
        }
        return file;
    }

    /** A second Goalbook adds a page and is killed with the notebook open: its log stays behind. */
    private static void killWhileOpen(Path file, String page) throws IOException, InterruptedException {
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldNotebook.class.getName(), file.toString(), page)
                .redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(line).isEqualTo("open");
        } finally {
            other.destroyForcibly();
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.exists(sibling(file, "-wal"))).as("a log survives the kill").isTrue();
    }

    private static List<String> names(NotebookStore store) {
        return store.outline().roots().stream().map(Node::name).toList();
    }

    private List<Path> list(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
