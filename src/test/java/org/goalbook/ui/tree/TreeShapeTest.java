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
                Pages
                  Things I Bought
                  Log (LIFO)
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
                Pages
                  Things I Bought
                  Log (LIFO)
                """, shown);
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
                Pages
                  Log (LIFO) *
                """, render(TreeShape.build(sample.outline(), filter)));
        assertEquals(List.of(), TreeShape.build(sample.outline(), TreeFilter.NONE.withMatches(Set.of())));
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
            if (r.node() != null && r.node().kind().isTickable()) {
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
