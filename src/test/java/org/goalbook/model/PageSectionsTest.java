package org.goalbook.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Pages nest by heading level as the journal has them; a page moves and goes with the pages under it. */
class PageSectionsTest {
    private final PlanBuilder plan = new PlanBuilder();
    private final long opening = page("[Log](#log) | [Books](#books)\n\n---\n");
    private final long bought = page("## Things I Bought\n\ntext\n");
    private final long raft = page("## A Raft of Google Stuff\n");
    private final long summary = page("### Summary\n\n- [ ] read it\n");
    private final long deeper = page("#### Deeper\n");
    private final long year = plan.add(0, NodeKind.YEAR, "2022");
    private final long log = page("### Log (LIFO)\n");
    private final long report = page("## Report\n");
    private final long chapter = page("### Chapter 1\n");

    private long page(String text) {
        long id = plan.add(0, NodeKind.PAGE, PageTitle.of(text));
        plan.notes(id, text);
        return id;
    }

    private static List<Long> ids(List<Node> nodes) {
        return nodes.stream().map(Node::id).toList();
    }

    @Test
    void aPageStandsUnderTheNearestPageBeforeItWithALowerHeadingLevel() {
        PageSections s = PageSections.of(plan.outline());
        assertEquals(List.of(bought, raft, log, report), ids(s.children(0)), "a year in between ends a section");
        assertEquals(List.of(summary), ids(s.children(raft)));
        assertEquals(List.of(deeper), ids(s.children(summary)));
        assertEquals(List.of(chapter), ids(s.children(report)));
        assertEquals(List.of(raft, summary, deeper), ids(s.section(raft)));
        assertEquals(java.util.Optional.of(raft), s.parent(summary));
    }

    @Test
    void theTextBeforeTheFirstHeadingIsTheOpeningNotAPage() {
        PageSections s = PageSections.of(plan.outline());
        assertEquals(opening, s.opening().orElseThrow().id());
        assertThat(s.parent(opening)).isEmpty();
        assertThat(ids(s.children(0))).doesNotContain(opening);
    }

    @Test
    void aJournalWithoutAnyHeadingIsOnePageAndNoOpening() {
        PlanBuilder one = new PlanBuilder();
        long only = one.add(0, NodeKind.PAGE, "notes");
        one.notes(only, "just some notes\n");
        assertThat(PageSections.opening(one.outline())).isEmpty();
        assertEquals(List.of(only), ids(PageSections.of(one.outline()).children(0)));
    }

    @Test
    void movingUpTakesTheNestedPagesAlongAndKeepsTheYearsInPlace() {
        Outline o = plan.outline();
        Outline after = OutlineEdits.preview(o, TreeMoves.step(o, raft, TreeMoves.Step.UP));
        assertEquals(List.of(opening, raft, summary, deeper, bought, year, log, report, chapter),
                ids(after.roots()));
        assertEquals(List.of(summary), ids(PageSections.of(after).children(raft)), "Summary still under its page");
    }

    @Test
    void movingDownPassesTheNextSectionWhole() {
        Outline o = plan.outline();
        Outline after = OutlineEdits.preview(o, TreeMoves.step(o, log, TreeMoves.Step.DOWN));
        assertEquals(List.of(opening, bought, raft, summary, deeper, year, report, chapter, log),
                ids(after.roots()));
    }

    @Test
    void aPageMovesOnlyAmongItsSiblings() {
        Outline o = plan.outline();
        assertThatThrownBy(() -> TreeMoves.step(o, summary, TreeMoves.Step.UP))
                .isInstanceOf(EditRefused.class).hasMessageContaining("already the first");
        assertThatThrownBy(() -> TreeMoves.step(o, summary, TreeMoves.Step.OUT))
                .isInstanceOf(EditRefused.class).hasMessageContaining("heading");
        assertThatThrownBy(() -> TreeMoves.step(o, opening, TreeMoves.Step.DOWN))
                .isInstanceOf(EditRefused.class).hasMessageContaining("opening");
    }

    @Test
    void droppingAPageAfterAnotherPutsItAfterThatPagesSection() {
        Outline o = plan.outline();
        Outline after = OutlineEdits.preview(o, TreeMoves.dropped(o, bought, raft, TreeMoves.Drop.AFTER));
        assertEquals(List.of(opening, raft, summary, deeper, bought, year, log, report, chapter),
                ids(after.roots()));
        assertThat(TreeMoves.canDrop(o, raft, summary, TreeMoves.Drop.AFTER)).as("not onto its own section")
                .isFalse();
    }

    @Test
    void deletingAPageDeletesThePagesUnderItAndUndoPutsThemBack() {
        Outline o = plan.outline();
        List<Change> delete = OutlineEdits.delete(o, raft);
        Outline after = OutlineEdits.preview(o, delete);
        assertEquals(List.of(opening, bought, year, log, report, chapter), ids(after.roots()));
        for (int i = 0; i < after.roots().size(); i++) {
            assertEquals(i, after.roots().get(i).position(), "positions stay 0..n-1");
        }
    }
}
