package org.goalbook.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.goalbook.model.Node;
import org.junit.jupiter.api.Test;

/** Stance history across the three-year journal, counted by hand from three-years.md. */
class StanceHistoryTest {
    private final NotebookYears years = ThreeYears.years();

    private String history(int year, String name) {
        return StanceHistory.of(years, ThreeYears.item(years, year, name)).summary();
    }

    @Test
    void theSameItemIsFoundByNameInEveryYear() {
        assertThat(history(2022, "React")).isEqualTo("2022 Maintain \u2713 2022-03-14 \u2192 2023 Maintain "
                + "\u2192 2024 Maintain");
        assertThat(history(2024, "Go")).isEqualTo("2022 Explore \u2192 2023 Improve \u2713 2023-09-30 "
                + "\u2192 2024 Maintain");
    }

    @Test
    void aRenameThatKeptTheLinkIsFollowedThroughEveryYear() {
        String expected = "2022 Improve \u2192 2023 Maintain \u2713 2023-04-01 \u2192 2024 Maintain";
        assertThat(history(2022, "Next.js")).isEqualTo(expected);
        assertThat(history(2023, "Next")).isEqualTo(expected);
        assertThat(history(2024, "Next.js 15")).isEqualTo(expected);
    }

    @Test
    void aYearWithoutTheItemShowsADash() {
        assertThat(history(2024, "Scala")).isEqualTo("2022 Skip \u2192 2023 \u2014 \u2192 2024 Skip");
        List<StanceHistory.Entry> podman = StanceHistory.of(years, ThreeYears.item(years, 2022, "Podman")).years();
        assertThat(podman).extracting(StanceHistory.Entry::year).containsExactly(2022, 2023, 2024);
        assertThat(podman.get(1).present()).isFalse();
        assertThat(podman.get(2).doneOn()).hasToString("2024-03-03");
    }

    @Test
    void theHistorySpansOnlyTheYearsTheItemIsIn() {
        assertThat(history(2022, "Redux")).isEqualTo("2022 Improve \u2713 2022-06-02");
        assertThat(history(2024, "Zig")).isEqualTo("2024 Explore");
        assertThat(history(2023, "Kotlin")).isEqualTo("2023 Improve \u2192 2024 Improve \u2713 2024-08-08");
    }

    @Test
    void movementComparesWithTheNearestEarlierYear() {
        assertThat(movement(2023, "Next")).isEqualTo(Movement.MOVED_IN);
        assertThat(movement(2023, "GatsbyJS")).isEqualTo(Movement.MOVED_OUT);
        assertThat(movement(2024, "Next.js 15")).isEqualTo(Movement.UNCHANGED);
        assertThat(movement(2024, "Scala")).as("absent in 2023, so new on the 2024 radar").isEqualTo(Movement.NEW);
        assertThat(movement(2022, "React")).as("the first year has nothing before it").isEqualTo(Movement.NEW);
    }

    @Test
    void anItemOutsideAYearHasNoHistory() {
        Node page = years.outline().roots().stream().filter(n -> n.displayName().equals("Log")).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> StanceHistory.of(years, page)).isInstanceOf(ReviewException.class)
                .hasMessage("\u201cLog\u201d is not in a year's plan");
    }

    @Test
    void anOutlineChangedInOneYearIsReadAfreshThereAndTheSameElsewhere() {
        Node go2023 = ThreeYears.item(years, 2023, "Go");
        org.goalbook.model.Outline renamed = years.outline().with(List.of(go2023.withName("Golang")), List.of());
        NotebookYears after = NotebookYears.of(renamed);

        assertThat(StanceHistory.of(after, ThreeYears.item(after, 2024, "Go")).summary())
                .as("2023's Go was renamed: that year is read again, the others are kept")
                .isEqualTo("2022 Explore \u2192 2023 \u2014 \u2192 2024 Maintain");
        assertThat(StanceHistory.of(after, ThreeYears.item(after, 2022, "React")).summary())
                .isEqualTo(history(2022, "React"));
        assertThat(history(2024, "Go")).as("the earlier outline still answers as before")
                .isEqualTo("2022 Explore \u2192 2023 Improve \u2713 2023-09-30 \u2192 2024 Maintain");
    }

    private Movement movement(int year, String name) {
        return StanceHistory.movement(years, ThreeYears.item(years, year, name), year);
    }
}
