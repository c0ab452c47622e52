package org.goalbook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The radar of the three-year journal's 2023, blip by blip. */
class RadarLayoutTest {
    private final RadarLayout layout = RadarLayout.of(ThreeYears.years(), 2023);

    @Test
    void quadrantsAreTheAreasAndBlipsAreNumberedAsTheLegendReads() {
        assertThat(layout.quadrants().names()).containsExactly("Front End", "Back End", "Operations", "(empty 1)");
        // Read as a page: top left (Operations), top right (empty), bottom left (Back End), bottom right (Front End).
        assertThat(RadarLayout.READING_ORDER).containsExactly(2, 3, 1, 0);
        assertThat(layout.legend(2)).extracting(RadarLayout.Blip::name).containsExactly("Docker", "Kubernetes");
        assertThat(layout.legend(2)).extracting(RadarLayout.Blip::number).containsExactly(1, 2);
        assertThat(layout.legend(3)).isEmpty();
        assertThat(layout.legend(1)).extracting(RadarLayout.Blip::number).containsExactly(3, 4, 5, 6, 7);
        assertThat(layout.legend(0)).extracting(RadarLayout.Blip::name)
                .containsExactly("React", "Next", "SvelteKit", "Solid", "Vue", "GatsbyJS");
        assertThat(layout.legend(0)).extracting(RadarLayout.Blip::number).containsExactly(8, 9, 10, 11, 12, 13);
        assertThat(layout.blips()).extracting(RadarLayout.Blip::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    }

    @Test
    void theReadingOrderIsWhereTheQuadrantsAreDrawn() {
        for (int i = 0; i < RadarLayout.READING_ORDER.size(); i++) {
            int q = RadarLayout.READING_ORDER.get(i);
            assertThat(RadarLayout.isTop(q)).as("quadrant " + q).isEqualTo(i < 2);
            assertThat(RadarLayout.isLeft(q)).as("quadrant " + q).isEqualTo(i % 2 == 0);
            layout.legend(q).forEach(b -> {
                assertThat(b.y() < 0).isEqualTo(RadarLayout.isTop(q));
                assertThat(b.x() < 0).isEqualTo(RadarLayout.isLeft(q));
            });
        }
    }

    @Test
    void anEmptyQuadrantIsCalledNoAreaWhereTheExportToolsNeedAPlaceholderName() {
        assertThat(layout.quadrants().title(3)).isEqualTo("No area");
        assertThat(layout.quadrants().title(2)).isEqualTo("Operations");
    }

    @Test
    void ringsFollowStancesAndMarkersFollowTheHistory() {
        RadarLayout.Blip next = blip("Next");
        assertThat(next.ring()).isZero();
        assertThat(next.movement()).isEqualTo(Movement.MOVED_IN);
        assertThat(next.done()).isTrue();
        assertThat(blip("GatsbyJS").ring()).isEqualTo(3);
        assertThat(blip("GatsbyJS").movement()).isEqualTo(Movement.MOVED_OUT);
        assertThat(blip("Solid").movement()).isEqualTo(Movement.NEW);
        assertThat(blip("React").movement()).isEqualTo(Movement.UNCHANGED);
    }

    @Test
    void aSmallYearKeepsTheUsualRingsAndFullSizedBlips() {
        assertThat(layout.ringRadii()).containsExactly(130.0, 220.0, 310.0, 400.0);
        assertThat(layout.blipRadius()).isEqualTo(34 * 0.42);
        assertThat(List.of(blip("React").x() > 0, blip("React").y() > 0)).containsExactly(true, true);
        assertThat(List.of(blip("Docker").x() < 0, blip("Docker").y() < 0)).containsExactly(true, true);
    }

    private RadarLayout.Blip blip(String name) {
        return layout.blips().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }
}
