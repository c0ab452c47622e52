package org.goalbook.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class YearPlannerTest {
    private PlanBuilder plan;
    private long y2022;

    @BeforeEach
    void plan2022() {
        plan = new PlanBuilder();
        plan.add(0, NodeKind.PAGE, "Log");
        y2022 = plan.add(0, NodeKind.YEAR, "2022");
        long strategic = plan.add(y2022, NodeKind.STRATEGIC, "Strategic");
        plan.add(strategic, NodeKind.GOAL, "Work as a consultant", null, true);
        long certs = plan.add(strategic, NodeKind.GOAL, "Earn certs", null, false);
        plan.add(certs, NodeKind.GOAL, "CKA", null, true);
        plan.add(certs, NodeKind.GOAL, "CKAD", null, false);
        long offer = plan.add(strategic, NodeKind.GOAL, "Offer IaC", null, true);
        plan.add(offer, NodeKind.GOAL, "Terraform scripts", null, false);
        long tactical = plan.add(y2022, NodeKind.TACTICAL, "Tactical");
        long frontEnd = plan.add(tactical, NodeKind.AREA, "Front End");
        long frameworks = plan.add(frontEnd, NodeKind.TOPIC, "App Frameworks");
        long maintain = plan.add(frameworks, NodeKind.STANCE_LINE, "Maintain", Stance.MAINTAIN, false);
        plan.add(maintain, NodeKind.ITEM, "GatsbyJS", Stance.MAINTAIN, true);
        long react = plan.add(maintain, NodeKind.ITEM, "React", Stance.MAINTAIN, false);
        plan.notes(react, "hooks course");
        long skip = plan.add(frameworks, NodeKind.STANCE_LINE, "Skip", Stance.SKIP, false);
        plan.add(skip, NodeKind.ITEM, "Vue", Stance.SKIP, true);
        plan.add(frontEnd, NodeKind.ITEM, "Master SPA", null, true);
        plan.add(0, NodeKind.PAGE, "Articles");
    }

    @Test
    void carryingOverKeepsStructureAndUnfinishedWorkAndLeavesDoneBehind() {
        Outline before = plan.outline();
        List<Change> changes = YearPlanner.carryOver(before, y2022, 2023, CarryChoice.unfinished(before, y2022));
        Outline after = OutlineEdits.preview(before, changes);

        Node year = after.roots().stream().filter(n -> n.name().equals("2023")).findFirst().orElseThrow();
        assertEquals(List.of("Log", "2022", "2023", "Articles"), names(after.roots()));
        assertEquals("""
                Strategic
                  Earn certs
                    CKAD
                  Offer IaC
                    Terraform scripts
                Tactical
                  Front End
                    App Frameworks
                      Maintain
                        React [MAINTAIN]
                """, render(after, year.id(), 0));
        Node react = after.preorder().stream().filter(n -> n.name().equals("React") && n.parentId() < 0)
                .findFirst().orElseThrow();
        assertEquals("hooks course", react.notes());
        assertTrue(react.inline(), "React stays in the Maintain line");
    }

    @Test
    void carryingDoneItemsTooStartsThemUnticked() {
        Outline before = plan.outline();
        Outline after = OutlineEdits.preview(before, YearPlanner.carryOver(before, y2022, 2023, CarryChoice.everything(before, y2022)));

        List<Node> newItems = after.preorder().stream()
                .filter(n -> n.id() < 0 && n.kind().isTickable()).toList();
        assertEquals(List.of("Work as a consultant", "Earn certs", "CKA", "CKAD", "Offer IaC", "Terraform scripts",
                "GatsbyJS", "React", "Vue", "Master SPA"), names(newItems));
        assertTrue(newItems.stream().noneMatch(Node::done));
        assertTrue(newItems.stream().allMatch(n -> n.source() == null));
    }

    @Test
    void theCarriedListIsWhatTheNewYearReceives() {
        assertEquals(List.of("Earn certs", "CKAD", "Offer IaC", "Terraform scripts", "React"),
                names(YearPlanner.carried(plan.outline(), y2022, CarryChoice.unfinished(plan.outline(), y2022))));
    }

    @Test
    void carriesOnlyTheChosenItemsWithoutNotesAndMovesAStanceToItsLine() {
        Outline before = plan.outline();
        CarryChoice choice = new CarryChoice(Set.of(id(before, "CKAD"), id(before, "React"), id(before, "GatsbyJS")),
                false, Map.of(id(before, "GatsbyJS"), Stance.IMPROVE));
        Outline after = OutlineEdits.preview(before, YearPlanner.carryOver(before, y2022, 2023, choice));

        Node year = after.roots().stream().filter(n -> n.name().equals("2023")).findFirst().orElseThrow();
        assertEquals("""
                Strategic
                  Earn certs
                    CKAD
                Tactical
                  Front End
                    App Frameworks
                      Maintain
                        React [MAINTAIN]
                      Improve
                        GatsbyJS [IMPROVE]
                """, render(after, year.id(), 0), "a goal comes along with its chosen sub-point");
        List<Node> carried = after.subtree(year.id()).stream().filter(n -> n.kind().isTickable()).toList();
        assertTrue(carried.stream().allMatch(n -> n.notes().isEmpty() && !n.done()), carried.toString());
        assertTrue(carried.stream().filter(n -> n.kind() == NodeKind.ITEM).allMatch(Node::inline),
                "both stay in comma lists");
        assertEquals(Set.copyOf(names(YearPlanner.carried(before, y2022, choice))), Set.copyOf(names(carried)),
                "the dialog's count is what the year receives");
    }

    @Test
    void movingEveryItemOfAStanceLineLeavesNoEmptyLineBehind() {
        Outline before = plan.outline();
        CarryChoice choice = new CarryChoice(Set.of(id(before, "React"), id(before, "GatsbyJS")), true,
                Map.of(id(before, "GatsbyJS"), Stance.IMPROVE, id(before, "React"), Stance.IMPROVE));
        List<Change> changes = YearPlanner.carryOver(before, y2022, 2023, choice);
        Outline after = OutlineEdits.preview(before, changes);

        Node year = after.roots().stream().filter(n -> n.name().equals("2023")).findFirst().orElseThrow();
        assertEquals("""
                Strategic
                Tactical
                  Front End
                    App Frameworks
                      Improve
                        GatsbyJS [IMPROVE]
                        React [IMPROVE]
                """, render(after, year.id(), 0));
        assertEquals("hooks course", after.preorder().stream()
                .filter(n -> n.name().equals("React") && n.id() < 0).findFirst().orElseThrow().notes());
        assertTrue(changes.stream().noneMatch(c -> c instanceof Change.Remove), "nothing stored is removed");
        assertEquals(before.size(), after.size() - after.subtree(year.id()).size(), "the old year is untouched");
        before.preorder().forEach(n -> assertEquals(n, after.get(n.id()).withParent(n.parentId(), n.position())));
    }

    @Test
    void theDialogsGroupsAreTheAreasWithStrategicGoalsApart() {
        List<CarryGroup> groups = CarryGroup.of(plan.outline(), y2022);

        assertEquals(List.of("Strategic", "Front End"), groups.stream().map(CarryGroup::name).toList());
        assertEquals(List.of("Work as a consultant 0", "Earn certs 0", "CKA 1", "CKAD 1", "Offer IaC 0",
                "Terraform scripts 1"), groups.get(0).lines().stream()
                .map(l -> l.node().name() + " " + l.depth()).toList());
        assertEquals(List.of("GatsbyJS App Frameworks MAINTAIN", "React App Frameworks MAINTAIN",
                "Vue App Frameworks SKIP", "Master SPA null null"), groups.get(1).lines().stream()
                .map(l -> l.node().name() + " " + l.topic() + " " + l.stance()).toList());
    }

    @Test
    void anEmptyYearGoesRightAfterTheLastEarlierYearWithBothHeadings() {
        plan.add(0, NodeKind.YEAR, "2024");
        Outline before = plan.outline();
        Outline after = OutlineEdits.preview(before, YearPlanner.empty(before, 2023));

        assertEquals(List.of("Log", "2022", "2023", "Articles", "2024"), names(after.roots()));
        Node year = after.roots().get(2);
        assertEquals(List.of("Strategic", "Tactical"), names(after.children(year.id())));
        assertEquals(2024, YearPlanner.latestYear(after).orElseThrow());
    }

    @Test
    void refusesAYearTheNotebookAlreadyHas() {
        EditRefused refused = assertThrows(EditRefused.class,
                () -> YearPlanner.carryOver(plan.outline(), y2022, 2022, CarryChoice.unfinished(plan.outline(), y2022)));
        assertEquals("The notebook already has a year 2022.", refused.getMessage());
        assertThrows(EditRefused.class, () -> YearPlanner.empty(plan.outline(), 99));
    }

    private static long id(Outline outline, String name) {
        return outline.preorder().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static List<String> names(List<Node> nodes) {
        return nodes.stream().map(Node::name).collect(Collectors.toCollection(ArrayList::new));
    }

    private static String render(Outline outline, long id, int depth) {
        StringBuilder out = new StringBuilder();
        for (Node child : outline.children(id)) {
            out.append("  ".repeat(depth)).append(child.name())
                    .append(child.kind() == NodeKind.ITEM && child.stance() != null ? " [" + child.stance() + "]" : "")
                    .append('\n').append(render(outline, child.id(), depth + 1));
        }
        return out.toString();
    }
}
