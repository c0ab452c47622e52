package org.goalbook.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Outline;
import org.goalbook.model.SamplePlan;
import org.goalbook.store.NotebookException;
import org.goalbook.store.ImmutableFiles;
import org.goalbook.store.NotebookStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed notes are written by the session's own writer thread (docs/decisions/notes-saved-off-the-fx-thread.md):
 * on a real SQLite file, everything typed reaches the file, in order with the edits around it, and a write that
 * fails is kept and tried again.
 */
class NotesWrittenInTheBackgroundTest {
    @TempDir
    Path dir;
    private final SamplePlan sample = new SamplePlan();
    private Path file;
    private NotebookSession session;

    @BeforeEach
    void open() {
        file = dir.resolve("plan.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(sample.notebook());
        }
        session = NotebookSession.open(file);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void everyCharacterTypedInABigPageIsInTheFileAfterClosing() {
        String page = sample.logGrownTo(1_000_000);
        StringBuilder typed = new StringBuilder(page);
        // A save per pause, as the editor makes them, then one at once before the close.
        for (char c : "the quick brown fox".toCharArray()) {
            typed.insert(20, c);
            session.saveNotes(sample.log, typed.toString());
        }
        session.close();

        try (NotebookStore fresh = NotebookStore.open(file)) {
            assertEquals(typed.toString(), fresh.find(sample.log).orElseThrow().notes());
        }
    }

    @Test
    void theWriteRunsOnAThreadOfItsOwnAndTheListenersHearIt() throws InterruptedException {
        List<String> writers = new CopyOnWriteArrayList<>();
        session.afterEachWrite(() -> writers.add(Thread.currentThread().getName()));
        session.saveNotes(sample.spa, "web workers");

        waitFor(() -> !writers.isEmpty());
        assertNotEquals(Thread.currentThread().getName(), writers.get(0));
        assertTrue(writers.get(0).startsWith("Goalbook notes writer"), writers.get(0));
    }

    @Test
    void aSearchRightAfterTypingFindsTheNewWord() {
        session.saveNotes(sample.log, sample.logGrownTo(1_000_000) + "\nzeppelins over the harbour\n");

        assertEquals(List.of(sample.log), session.search("zeppelins").stream().map(h -> h.nodeId()).toList());
    }

    @Test
    void anEditRightAfterASaveFindsTheNotesStoredAndUndoKeepsThem() {
        session.saveNotes(sample.legacy, "struts to spring");
        session.edit(o -> OutlineEdits.move(o, sample.legacy, sample.strategic, 0));
        session.saveNotes(sample.legacy, "struts to spring boot");
        session.edit(o -> OutlineEdits.delete(o, sample.consultant));
        session.saveNotes(sample.certs, "CKA first");
        session.undo();
        session.saveNotes(sample.consultant, "two clients");
        session.undo();

        Outline shown = session.outline();
        session.close();
        try (NotebookStore fresh = NotebookStore.open(file)) {
            assertEquals(fresh.outline().preorder(), shown.preorder());
        }
        assertEquals(sample.consultant, shown.get(sample.legacy).parentId(), "the move was undone");
        assertEquals("struts to spring boot", shown.get(sample.legacy).notes(), "typing after the move wins");
        assertEquals("two clients", shown.get(sample.consultant).notes());
        assertEquals("CKA first", shown.get(sample.certs).notes());
    }

    @Test
    void aFailedWriteIsToldKeptAndStoredOnceWritingWorksAgain() throws Exception {
        session.saveNotes(sample.spa, "warm up"); // the day's backup, made before the first write
        session.search("warm");
        List<NotebookException> told = new CopyOnWriteArrayList<>();
        session.onNotesNotStored(told::add);
        assumeTrue(immutable(true), "cannot make the notebook unwritable here (chattr +i)");
        try {
            session.saveNotes(sample.spa, "web workers course");
            waitFor(() -> !told.isEmpty());
            assertTrue(told.get(0).getMessage().startsWith("Could not save the change to " + file), told.get(0)
                    .getMessage());
            assertEquals("web workers course", session.outline().get(sample.spa).notes(), "the window keeps the text");
        } finally {
            immutable(false);
        }
        // Anything that reads the notebook next tries the node again first.
        assertEquals(List.of(sample.spa), session.search("course").stream().map(h -> h.nodeId()).toList());
        session.close();
        try (NotebookStore fresh = NotebookStore.open(file)) {
            assertEquals("web workers course", fresh.find(sample.spa).orElseThrow().notes());
        }
        assertEquals(1, told.size(), "told once, for the one write that failed");
    }

    @Test
    void aFailedWriteIsTriedAgainAtTheNextSaveOfAnyNode() throws Exception {
        session.saveNotes(sample.spa, "warm up");
        session.search("warm");
        List<NotebookException> told = new CopyOnWriteArrayList<>();
        session.onNotesNotStored(told::add);
        assumeTrue(immutable(true), "cannot make the notebook unwritable here (chattr +i)");
        try {
            session.saveNotes(sample.spa, "web workers course");
            waitFor(() -> !told.isEmpty());
        } finally {
            immutable(false);
        }
        List<String> written = new CopyOnWriteArrayList<>();
        session.afterEachWrite(() -> written.add("write"));
        session.saveNotes(sample.golang, "tour of Go");
        waitFor(() -> written.size() == 2);
        session.close();
        try (NotebookStore fresh = NotebookStore.open(file)) {
            assertEquals("web workers course", fresh.find(sample.spa).orElseThrow().notes());
            assertEquals("tour of Go", fresh.find(sample.golang).orElseThrow().notes());
        }
    }

    /** Sets or clears the immutable attribute of the notebook and its log: even root cannot write them then. */
    private boolean immutable(boolean on) {
        boolean all = ImmutableFiles.setNotebook(on, file);
        return all && (!on || !Files.isWritable(file) || !canAppend(file));
    }

    private static boolean canAppend(Path p) {
        try (var out = Files.newOutputStream(p, java.nio.file.StandardOpenOption.APPEND)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "waited 10 s in vain");
            Thread.sleep(10);
        }
    }
}
