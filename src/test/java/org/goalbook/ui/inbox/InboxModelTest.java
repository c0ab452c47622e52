package org.goalbook.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;

import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;
import org.goalbook.model.SamplePlan;
import org.goalbook.store.NotebookStore;
import org.goalbook.ui.session.NotebookSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox's model follows the notebook change by change: a triage removes just its entries, an undo puts them back
 * where they stood, and what it says about known links follows edits. On a real notebook file, without JavaFX running.
 */
class InboxModelTest {
    @TempDir
    Path dir;
    private final SamplePlan sample = new SamplePlan();
    private NotebookSession session;
    private InboxModel model;
    private final List<String> changes = new ArrayList<>();

    @BeforeEach
    void open() {
        Path file = dir.resolve("plan.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(sample.notebook());
            store.addToInbox(List.of(entry(0, "News"), entry(1, "Tools"), entry(2, "News"), entry(3, "Tools"),
                    entry(4, "News")));
        }
        session = NotebookSession.open(file);
        model = new InboxModel(() -> session);
        model.reload();
        model.shown().addListener((ListChangeListener<InboxEntry>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "replaced " : c.wasRemoved() ? "removed " : c.wasAdded() ? "added "
                        : "other ") + c.getFrom() + " " + titles(c.wasRemoved() ? c.getRemoved() : c.getAddedSubList()));
            }
        });
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static InboxEntry entry(int i, String section) {
        String url = "https://example.org/post/" + i;
        return new InboxEntry(0, "Post " + i, url, List.of(url), "About post " + i, section, "Weekly", LocalDate.of(
                2022, 5, 1), false, InboxStatus.NEW, null);
    }

    private static List<String> titles(List<? extends InboxEntry> entries) {
        return entries.stream().map(InboxEntry::title).toList();
    }

    @Test
    void aDismissRemovesThatEntryAloneAndTheOtherRowsStayTheSame() {
        List<InboxEntry> before = List.copyOf(model.shown());

        model.dismiss(List.of(before.get(2)));

        assertThat(changes).containsExactly("removed 2 [Post 2]");
        assertThat(model.shown()).hasSize(4);
        for (int i : new int[] {0, 1, 3, 4}) {
            assertThat(model.shown()).anySatisfy(e -> assertThat(e).isSameAs(before.get(i)));
        }
        assertThat(model.count().get()).isEqualTo("4 new");
        assertThat(session.inboxProperty().get().get(2).status()).isEqualTo(InboxStatus.DISMISSED);
    }

    @Test
    void undoPutsTheEntriesBackWhereTheyStoodAndSaysWhichCameBack() {
        List<List<InboxEntry>> putBack = new ArrayList<>();
        model.putBack().addListener((obs, was, is) -> {
            if (!is.isEmpty()) {
                putBack.add(is);
            }
        });
        model.dismiss(List.of(model.shown().get(1), model.shown().get(2)));
        assertThat(titles(model.shown())).containsExactly("Post 0", "Post 3", "Post 4");

        session.undo();

        assertThat(titles(model.shown())).containsExactly("Post 0", "Post 1", "Post 2", "Post 3", "Post 4");
        assertThat(changes).containsExactly("removed 1 [Post 1, Post 2]", "added 1 [Post 1, Post 2]");
        assertThat(putBack).hasSize(1);
        assertThat(titles(putBack.get(0))).containsExactly("Post 1", "Post 2");
        assertThat(model.count().get()).isEqualTo("5 new");

        session.redo();
        session.undo();

        assertThat(putBack).hasSize(2); // the same entries put back again are told again
    }

    @Test
    void theCountAndTheSectionsFollowTheFilterAndTheTriages() {
        model.section().set("Tools");
        assertThat(model.count().get()).isEqualTo("2 of 5 new");
        assertThat(model.sections()).containsExactly(InboxModel.ALL, "News", "Tools");

        model.dismiss(List.copyOf(model.shown()));

        assertThat(model.count().get()).isEqualTo("3 new");
        assertThat(model.sections()).containsExactly(InboxModel.ALL, "News");
        assertThat(model.section().get()).isEqualTo(InboxModel.ALL); // the section that is gone no longer filters
    }

    @Test
    void aLinkTypedIntoNotesMakesTheEntryKnownAndItsRowIsDrawnAgain() {
        InboxEntry post3 = model.shown().get(3);
        assertThat(model.known(post3)).isNull();

        session.saveNotes(sample.golang, "## Notes\n- tour of Go\n- https://example.org/post/3?utm_source=mail\n");

        assertThat(model.known(post3)).isEqualTo("goal #" + sample.golang + " \u201cMaster GoLang\u201d");
        assertThat(changes).containsExactly("replaced 3 [Post 3]");

        session.saveNotes(sample.golang, "## Notes\n- tour of Go\n");

        assertThat(model.known(post3)).isNull();
    }

    @Test
    void laterAddsTheLinkToThePlanAndAClipOfTheSameLinkAddsNothing() {
        InboxEntry post0 = model.shown().get(0);
        model.later(List.of(post0));
        assertThat(session.outline().roots()).anySatisfy(n -> assertThat(n.notes()).contains("example.org/post/0"));

        String said = model.clip(new org.goalbook.clip.Clipping("Weekly", List.of(entry(0, "News"), entry(7, "News"))));

        assertThat(said).isEqualTo("Clipped 1 entry from Weekly (1 already in the inbox).");
        assertThat(changes).containsExactly("removed 0 [Post 0]", "added 4 [Post 7]");
    }
}
