package org.goalbook.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.goalbook.model.Stance;
import org.goalbook.model.SamplePlan;
import org.junit.jupiter.api.Test;

class TreeShapeTest {
    private final SamplePlan sample = new SamplePlan();

    @Test
    void showsYearsThenPagesWithStanceLinesOpenedUpAndProgressOnEveryBranch() {
        assertEquals("""
                2022 2/8
                  Strategic 1/3
                    [ ] Work as a consultant 0/1
                      [ ] Modernize legacy Java web apps
                    [x] Earn Kubernetes certs
                  Tactical 1/5
                    Front End 1/4
                      App Frameworks 1/3
                        [x] GatsbyJS (Maintain)
                        [ ] React (Maintain)
                        [ ] Next.js (Improve)
                        [ ] Vue/Nuxt (Skip) muted
                      [ ] Master SPA and webworkers
                    Back End 0/1
                      [ ] GraphQL (Explore)
                2023 0/2
                  [ ] Master GoLang
                  [ ] Explore Rust
                Pages 0/1
                  Things I Bought
                  Log (LIFO) 0/1
                    [ ] read the Kubernetes book
                """, render(TreeShape.build(sample.outline(), TreeFilter.NONE)));
    }

    @Test
    void hidingDoneAndSkippedKeepsTheStructure() {
        String shown = render(TreeShape.build(sample.outline(),
                TreeFilter.NONE.withHideDone(true).withHideSkipped(true)));
        assertEquals("""
                2022 2/8
                  Strategic 1/3
                    [ ] Work as a consultant 0/1
                      [ ] Modernize legacy Java web apps
                  Tactical 1/5
                    Front End 1/4
                      App Frameworks 1/3
                        [ ] React (Maintain)
                        [ ] Next.js (Improve)
                      [ ] Master SPA and webworkers
                    Back End 0/1
                      [ ] GraphQL (Explore)
                2023 0/2
                  [ ] Master GoLang
                  [ ] Explore Rust
                Pages 0/1
                  Things I Bought
                  Log (LIFO) 0/1
                    [ ] read the Kubernetes book
                """, shown);
    }

    @Test
    void aPageShowsItsTaskItemsCountedAndHidingDoneHidesTheTickedOnes() {
        org.goalbook.model.PlanBuilder plan = new org.goalbook.model.PlanBuilder();
        long page = plan.add(0, org.goalbook.model.NodeKind.PAGE, "Books");
        plan.notes(page, "Books\n\n- [ ] read SRE\n* [x] read DDIA\n```\n- [ ] code\n```\n");
        assertEquals("""
                Pages 1/2
                  Books 1/2
                    [ ] read SRE
                    [x] read DDIA
                """, render(TreeShape.build(plan.outline(), TreeFilter.NONE)));
        assertEquals("""
                Pages 1/2
                  Books 1/2
                    [ ] read SRE
                """, render(TreeShape.build(plan.outline(), TreeFilter.NONE.withHideDone(true))));
    }

    @Test
    void oneStanceOnlyLeavesTheItemsWithThatStanceAndWhatHoldsThem() {
        assertEquals("""
                2022 2/8
                  Tactical 1/5
                    Front End 1/4
                      App Frameworks 1/3
                        [x] GatsbyJS (Maintain)
                        [ ] React (Maintain)
                """, render(TreeShape.build(sample.outline(), TreeFilter.NONE.withOnlyStance(Stance.MAINTAIN))));
    }

    @Test
    void searchNarrowsToMatchesAndTheirAncestorsAndMarksTheMatches() {
        TreeFilter filter = TreeFilter.NONE.withMatches(Set.of(sample.react, sample.log, sample.skip));
        assertEquals("""
                2022 2/8
                  Tactical 1/5
                    Front End 1/4
                      App Frameworks 1/3
                        [ ] React (Maintain) *
                        [ ] Vue/Nuxt (Skip) muted *
                Pages 0/1
                  Log (LIFO) 0/1 *
                    [ ] read the Kubernetes book
                """, render(TreeShape.build(sample.outline(), filter)));
        assertEquals(List.of(), TreeShape.build(sample.outline(), TreeFilter.NONE.withMatches(Set.of())));
    }

    @Test
    void pagesNestByHeadingLevelWithTheirOwnTasksFirstAndTheOpeningIsNoLine() {
        org.goalbook.model.PlanBuilder plan = new org.goalbook.model.PlanBuilder();
        long opening = plan.add(0, org.goalbook.model.NodeKind.PAGE, "Log | Books");
        long raft = plan.add(0, org.goalbook.model.NodeKind.PAGE, "A Raft");
        long summary = plan.add(0, org.goalbook.model.NodeKind.PAGE, "Summary");
        long other = plan.add(0, org.goalbook.model.NodeKind.PAGE, "Report");
        plan.notes(opening, "[Log](#log) | [Books](#books)\n\n---\n");
        plan.notes(raft, "## A Raft\n\n- [ ] watch IO\n");
        plan.notes(summary, "### Summary\n\nread the docs\n");
        plan.notes(other, "## Report\n");
        assertEquals("""
                Pages 0/1
                  A Raft 0/1
                    [ ] watch IO
                    Summary
                  Report
                """, render(TreeShape.build(plan.outline(), TreeFilter.NONE)));
        assertEquals("""
                Pages 0/1
                  A Raft 0/1
                    Summary *
                """, render(TreeShape.build(plan.outline(), TreeFilter.NONE.withMatches(Set.of(summary)))),
                "a search shows a nested page under the page that holds it");
    }

    static String render(List<Shape> shapes) {
        StringBuilder out = new StringBuilder();
        render(shapes, 0, out);
        return out.toString();
    }

    private static void render(List<Shape> shapes, int depth, StringBuilder out) {
        for (Shape s : shapes) {
            Row r = s.row();
            out.append("  ".repeat(depth));
            if (r.isPageTask()) {
                out.append(r.task().done() ? "[x] " : "[ ] ");
            } else if (r.node() != null && r.node().kind().isTickable()) {
                out.append(r.node().done() ? "[x] " : "[ ] ");
            }
            out.append(r.text());
            if (r.node() != null && r.node().stance() != null) {
                out.append(" (").append(r.node().stance().label()).append(')');
            }
            if (r.progress() != null) {
                out.append(' ').append(r.progress());
            }
            if (r.muted()) {
                out.append(" muted");
            }
            if (r.match()) {
                out.append(" *");
            }
            out.append('\n');
            render(s.children(), depth + 1, out);
        }
    }
}
