package org.goalbook.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.goalbook.model.EditRefused;
import org.goalbook.model.OutlineEdits;
import org.goalbook.store.NotebookStore;
import org.goalbook.model.SamplePlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's model of an open notebook, on a real SQLite file, without JavaFX running. */
class NotebookSessionTest {
    private static final LocalDate TODAY = LocalDate.of(2022, 5, 1);

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
    void anEditIsStoredAtOnceAndUndoAndRedoFollowIt() {
        session.edit(o -> OutlineEdits.tick(o, sample.react, true, TODAY));
        assertTrue(session.canUndoProperty().get());
        assertTrue(stored().get(sample.react).done(), "stored before anything else happens");

        session.undo();
        assertFalse(session.outline().get(sample.react).done());
        assertTrue(session.canRedoProperty().get());
        session.redo();
        assertTrue(stored().get(sample.react).done());
        assertFalse(session.canRedoProperty().get());
    }

    @Test
    void anEditOfNotesIsUndoneAndRedoneButTypingAfterItIsKept() {
        String was = session.outline().get(sample.log).notes();
        String ticked = org.goalbook.markdown.PageTasks.tick(was, 1, true);
        session.edit(o -> OutlineEdits.setNotes(o, sample.log, ticked));
        session.undo();
        assertEquals(was, stored().get(sample.log).notes(), "undo writes the page's text back");
        session.redo();
        assertEquals(ticked, stored().get(sample.log).notes(), "redo ticks it again");

        session.saveNotes(sample.log, ticked + "typed after\n");
        session.undo();
        assertEquals(ticked + "typed after\n", stored().get(sample.log).notes(), "typing after the edit wins");
    }

    @Test
    void undoingADeleteBringsBackTheSameIdsAndReportsThem() {
        session.edit(o -> OutlineEdits.delete(o, sample.consultant));
        List<Long> back = session.undo();

        assertEquals(List.of(sample.consultant, sample.legacy), back);
        assertEquals(sample.consultant, session.outline().get(sample.legacy).parentId());
    }

    @Test
    void addReportsTheNewNodeWithItsRealId() {
        List<Long> created = session.edit(o -> OutlineEdits.add(o, sample.frontEnd, -1, "Master Typescript", null));

        assertEquals(1, created.size());
        assertTrue(created.get(0) > 0);
        assertEquals("Master Typescript", stored().get(created.get(0)).name());
    }

    @Test
    void notesAreNoUndoStepAndUndoKeepsNotesTypedSince() {
        session.edit(o -> OutlineEdits.tick(o, sample.spa, true, TODAY));
        session.saveNotes(sample.spa, "read the docs");
        session.undo();

        assertFalse(stored().get(sample.spa).done());
        assertEquals("read the docs", stored().get(sample.spa).notes());
        assertFalse(session.canUndoProperty().get(), "saving notes added no undo step");
    }

    @Test
    void aRefusedEditChangesNothingAndLeavesTheHistoryAlone() {
        session.edit(o -> OutlineEdits.tick(o, sample.react, true, TODAY));
        assertThrows(EditRefused.class, () -> session.edit(o -> OutlineEdits.rename(o, sample.react, "  ")));

        assertEquals("React", stored().get(sample.react).name());
        session.undo();
        assertFalse(stored().get(sample.react).done());
    }

    @Test
    void replacingEverythingStartsTheHistoryAfresh() {
        session.edit(o -> OutlineEdits.tick(o, sample.react, true, TODAY));
        session.replaceAll(new SamplePlan().notebook());

        assertFalse(session.canUndoProperty().get());
        assertFalse(session.outline().get(sample.react).done());
    }

    @Test
    void aTickTellsWhichNodeItTouchedAndTheOutlineEqualsTheStoredOne() {
        List<OutlineChange> heard = new java.util.ArrayList<>();
        session.addChangeListener(heard::add);
        session.edit(o -> OutlineEdits.tick(o, sample.react, true, TODAY));

        assertEquals(1, heard.size());
        assertEquals(OutlineChange.Kind.EDIT, heard.get(0).kind());
        assertEquals(java.util.Set.of(sample.react), heard.get(0).touched());
        assertEquals(stored().preorder(), session.outline().preorder());
    }

    @Test
    void notesAreAChangeOfTheirOwnKind() {
        List<OutlineChange> heard = new java.util.ArrayList<>();
        session.addChangeListener(heard::add);
        session.saveNotes(sample.spa, "read the docs");

        assertEquals(OutlineChange.Kind.NOTES, heard.get(0).kind());
        assertEquals(java.util.Set.of(sample.spa), heard.get(0).touched());
        assertEquals("read the docs", session.outline().get(sample.spa).notes());
    }

    @Test
    void aMovedAndADeletedBranchLeaveTheSameOutlineAsReadingItAgain() {
        session.edit(o -> OutlineEdits.move(o, sample.certs, sample.consultant, 0));
        assertEquals(stored().preorder(), session.outline().preorder());
        session.edit(o -> OutlineEdits.delete(o, sample.consultant));
        assertEquals(stored().preorder(), session.outline().preorder());
        session.undo();
        assertEquals(stored().preorder(), session.outline().preorder());
        assertEquals(sample.consultant, session.outline().get(sample.certs).parentId());
    }

    private org.goalbook.model.Outline stored() {
        return session.notebook().outline();
    }
}
