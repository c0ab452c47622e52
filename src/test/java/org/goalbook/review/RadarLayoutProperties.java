package org.goalbook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.PlanBuilder;
import org.goalbook.model.Stance;

/** The radar layout's promises over generated years of 0–300 items: inside its cell, never overlapping, repeatable. */
class RadarLayoutProperties {
    private static final double EPSILON = 1e-9;

    @Property(tries = 200)
    void everyStancedItemGetsOneNumberedBlip(@ForAll @IntRange(max = 300) int items, @ForAll long seed) {
        Outline outline = year(items, new Random(seed));
        RadarLayout layout = RadarLayout.of(NotebookYears.of(outline), 2025);
        int stanced = NotebookYears.of(outline).require(2025).stanced(outline).size();
        assertThat(layout.blips()).hasSize(stanced);
        assertThat(layout.blips()).extracting(RadarLayout.Blip::number)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, stanced).boxed().toList());
    }

    @Property(tries = 200)
    void blipsStayInsideTheirRingAndQuadrant(@ForAll @IntRange(max = 300) int items, @ForAll long seed) {
        RadarLayout layout = RadarLayout.of(NotebookYears.of(year(items, new Random(seed))), 2025);
        double r = layout.blipRadius();
        assertThat(r).isPositive();
        for (RadarLayout.Blip b : layout.blips()) {
            double d = Math.hypot(b.x(), b.y());
            assertThat(d).as("blip %d within ring %d", b.number(), b.ring())
                    .isBetween(layout.innerRadius(b.ring()) + r - EPSILON, layout.ringRadii().get(b.ring()) - r + EPSILON);
            int[] sign = {1, -1, -1, 1, 1, 1, -1, -1};
            assertThat(b.x() * sign[b.quadrant()]).as("blip %d x in quadrant %d", b.number(), b.quadrant())
                    .isGreaterThanOrEqualTo(r - EPSILON);
            assertThat(b.y() * sign[4 + b.quadrant()]).as("blip %d y in quadrant %d", b.number(), b.quadrant())
                    .isGreaterThanOrEqualTo(r - EPSILON);
        }
    }

    @Property(tries = 200)
    void noTwoBlipsOverlap(@ForAll @IntRange(max = 300) int items, @ForAll long seed) {
        RadarLayout layout = RadarLayout.of(NotebookYears.of(year(items, new Random(seed))), 2025);
        List<RadarLayout.Blip> blips = layout.blips();
        for (int i = 0; i < blips.size(); i++) {
            for (int j = i + 1; j < blips.size(); j++) {
                RadarLayout.Blip a = blips.get(i);
                RadarLayout.Blip b = blips.get(j);
                assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).as("blips %d and %d", a.number(), b.number())
                        .isGreaterThanOrEqualTo(2 * layout.blipRadius());
            }
        }
    }

    @Property(tries = 50)
    void theSameNotebookGivesTheSamePicture(@ForAll @IntRange(max = 300) int items, @ForAll long seed) {
        Outline outline = year(items, new Random(seed));
        assertThat(RadarLayout.of(NotebookYears.of(outline), 2025))
                .isEqualTo(RadarLayout.of(NotebookYears.of(year(items, new Random(seed))), 2025));
    }

    /**
     * A year of {@code items} skill items over up to seven areas and some outside any area; one time in three every
     * item lands in the same area and ring, the most crowded cell a year can have.
     */
    static Outline year(int items, Random random) {
        PlanBuilder plan = new PlanBuilder();
        long year = plan.add(0, NodeKind.YEAR, "2025");
        long tactical = plan.add(year, NodeKind.TACTICAL, "Tactical");
        int areaCount = random.nextInt(8);
        long[] areas = new long[areaCount];
        for (int a = 0; a < areaCount; a++) {
            areas[a] = plan.add(tactical, NodeKind.AREA, "Area " + a);
        }
        boolean crowded = random.nextInt(3) == 0;
        Stance only = Stance.values()[random.nextInt(4)];
        for (int i = 0; i < items; i++) {
            long parent = areaCount == 0 || (!crowded && random.nextInt(6) == 0) ? year
                    : areas[crowded ? 0 : random.nextInt(areaCount)];
            Stance stance = crowded ? only : random.nextInt(8) == 0 ? null : Stance.values()[random.nextInt(4)];
            plan.add(parent, NodeKind.ITEM, "Item " + i, stance, random.nextBoolean());
        }
        return plan.outline();
    }
}
