package org.goalbook.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.goalbook.model.Change;
import org.goalbook.model.EditRefused;
import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Stance;
import org.goalbook.store.NotebookStore;
import org.goalbook.store.SampleNotebook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each triage is one stored action, and applying the inverse the store gives back puts everything back. */
class TriageTest {
    @TempDir
    Path dir;
    private NotebookStore store;
    private InboxEntry entry;

    @BeforeEach
    void clip() {
        store = NotebookStore.open(dir.resolve("n.goalbook"));
        store.replaceAll(SampleNotebook.notebook());
        entry = store.addToInbox(FormatsClipTest.clip("weekly-issue.md").entries()).get(3); // kubectl-tree
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    @Test
    void exploreAddsALinkedItemOnTheTopicsExploreLineAndUndoRemovesIt() {
        Notebook before = store.notebook();

        List<Change> undo = store.apply(Triage.explore(store.outline(), entry, SampleNotebook.APP_FRAMEWORKS));

        Node item = store.outline().preorder().stream().filter(n -> n.name().equals("kubectl-tree")).findFirst()
                .orElseThrow();
        assertThat(item.link()).isEqualTo("https://github.com/ahmetb/kubectl-tree");
        assertThat(item.stance()).isEqualTo(Stance.EXPLORE);
        assertThat(store.outline().parent(item).orElseThrow().kind()).isEqualTo(NodeKind.STANCE_LINE);
        assertThat(store.inbox().get(3).status()).isEqualTo(InboxStatus.EXPLORED);

        store.apply(undo);

        assertThat(store.outline().preorder()).isEqualTo(before.outline().preorder());
        assertThat(store.inbox()).isEqualTo(before.inbox());
    }

    @Test
    void attachingToAnItemInACommaListGivesItABulletOfItsOwnAndUndoPutsItBack() {
        Notebook before = store.notebook();
        assertThat(store.outline().get(SampleNotebook.GATSBY).inline()).isTrue();

        List<Change> undo = store.apply(Triage.attach(store.outline(), entry, SampleNotebook.GATSBY));

        assertThat(store.outline().get(SampleNotebook.GATSBY).inline()).isFalse();
        assertThat(store.resources()).filteredOn(r -> r.nodeId() == SampleNotebook.GATSBY)
                .extracting(r -> r.url()).containsExactly(entry.url());
        assertThat(store.inbox().get(3).status()).isEqualTo(InboxStatus.ATTACHED);

        store.apply(undo);

        assertThat(store.outline().preorder()).isEqualTo(before.outline().preorder());
        assertThat(store.resources()).isEqualTo(before.resources());
    }

    @Test
    void laterMakesTheFutureResearchPageWhenMissingAndUndoTakesItAway() {
        Notebook before = store.notebook();

        List<Change> undo = store.apply(Triage.later(store.outline(), entry));

        Node page = Triage.futureResearch(store.outline()).orElseThrow();
        assertThat(page.notes()).isEqualTo("## Future Research\n\n- [kubectl-tree](https://github.com/ahmetb/"
                + "kubectl-tree) shows ownership of objects as a tree.\n");
        assertThat(page.position()).isEqualTo(before.outline().roots().size());

        store.apply(undo);

        assertThat(store.outline().preorder()).isEqualTo(before.outline().preorder());
        assertThat(store.inbox().get(3).status()).isEqualTo(InboxStatus.NEW);
    }

    @Test
    void laterAppendsAfterThePagesLastTextKeepingItsBlankLines() {
        assertThat(Triage.appendLine("### Future Research\n\nThings I ran across.\n\n", "- [a](b)"))
                .isEqualTo("### Future Research\n\nThings I ran across.\n\n- [a](b)\n\n");
        assertThat(Triage.appendLine("## Future Research\n\n- [x](y)\n", "- [a](b)"))
                .isEqualTo("## Future Research\n\n- [x](y)\n- [a](b)\n");
    }

    @Test
    void bracketsInATitleCannotBreakTheJournalsLinkSyntax() {
        InboxEntry odd = new InboxEntry(entry.id(), "[RFC] a (draft)", "https://e.example/a_(b)", List.of(
                "https://e.example/a_(b)"), "", "", "", null, false, InboxStatus.NEW, null);

        store.apply(Triage.explore(store.outline(), odd, SampleNotebook.APP_FRAMEWORKS));

        assertThat(store.outline().preorder()).anySatisfy(n -> {
            assertThat(n.name()).isEqualTo("(RFC) a (draft)");
            assertThat(n.link()).isEqualTo("https://e.example/a_%28b%29");
        });
    }

    @Test
    void exploreRefusesAnythingButAnAreaOrTopic() {
        assertThatThrownBy(() -> Triage.explore(store.outline(), entry, SampleNotebook.GATSBY))
                .isInstanceOf(EditRefused.class).hasMessage("#" + SampleNotebook.GATSBY
                        + " \u201cGatsbyJS\u201d is not an area or a topic; an explore item goes under one");
    }
}
