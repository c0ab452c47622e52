package org.goalbook.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.goalbook.model.SamplePlan;
import org.goalbook.model.OutlineEdits;
import org.goalbook.store.NotebookStore;
import org.goalbook.ui.MemoryPreferences;
import org.goalbook.ui.Settings;
import org.goalbook.ui.session.NotebookSession;
import org.goalbook.ui.session.OutlineChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's model on a real notebook file, without JavaFX running: what a view would bind to. */
class WindowModelTest {
    private static final LocalDate TODAY = LocalDate.of(2022, 5, 1);

    @TempDir
    Path dir;
    private final SamplePlan sample = new SamplePlan();
    private final WindowModel model = new WindowModel(new ViewOptions(new Settings(new MemoryPreferences())));
    private final List<OutlineChange> heard = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();

    @BeforeEach
    void open() {
        Path file = dir.resolve("plan.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(sample.notebook());
        }
        model.addChangeListener(heard::add);
        model.addPendingWork(() -> pending.add("stored"));
        model.open(NotebookSession.open(file));
        pending.clear();
    }

    @AfterEach
    void close() {
        model.open(null);
    }

    @Test
    void openingShowsTheNotebookWithNothingSelected() {
        assertTrue(model.notebookOpen().get());
        assertEquals(sample.outline().size(), model.outline().size());
        assertNull(model.selected());
        assertFalse(model.nodeSelected().get());
        assertFalse(model.canUndo().get());
    }

    @Test
    void theSelectedNodeFollowsItsStoredChanges() {
        model.select(sample.react);
        model.session().edit(o -> OutlineEdits.tick(o, sample.react, true, TODAY));

        assertTrue(model.selected().done());
        assertTrue(model.canUndo().get());
        assertEquals(Set.of(sample.react), heard.get(0).touched());
    }

    @Test
    void typedNotesAreAChangeTheTreeCanIgnore() {
        model.select(sample.spa);
        model.session().saveNotes(sample.spa, "web workers");

        assertEquals(OutlineChange.Kind.NOTES, heard.get(0).kind());
        assertEquals("web workers", model.selected().notes());
        assertFalse(model.canUndo().get(), "notes are no undo step");
    }

    @Test
    void searchSetsTheMatchesAndLeavingItClearsThem() {
        List<WindowModel.Request> asked = new ArrayList<>();
        model.onRequest(asked::add);
        model.search("master");
        assertEquals(Set.of(sample.spa, sample.golang), model.options().matches().get());
        assertEquals("master", model.searchText().get());

        model.leaveSearch();
        assertNull(model.options().matches().get());
        assertEquals(List.of(WindowModel.Request.FOCUS_TREE), asked);
    }

    @Test
    void anEditWhileSearchingFindsTheMatchesAgain() {
        model.search("master");
        model.session().edit(o -> OutlineEdits.rename(o, sample.rust, "Master Rust"));

        assertEquals(Set.of(sample.spa, sample.golang, sample.rust), model.options().matches().get());
    }

    @Test
    void closingStoresPendingWorkAndForgetsTheNotebook() {
        model.select(sample.react);
        model.open(null);

        assertEquals(List.of("stored"), pending);
        assertFalse(model.notebookOpen().get());
        assertNull(model.selected());
        assertEquals(0, model.outline().size());
    }

    @Test
    void noticesSayWhetherTheyWarn() {
        model.warn("Only skill items have a stance.");
        assertEquals("Only skill items have a stance.", model.notice().get());
        assertTrue(model.noticeIsWarning().get());
        model.info("Copied.");
        assertFalse(model.noticeIsWarning().get());
    }
}
