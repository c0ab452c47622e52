package org.goalbook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;
import org.junit.jupiter.api.Test;

/** The history line kept across changes says what a fresh reading of the notebook says, after every kind of edit. */
class LatestHistoryTest {
    private final NotebookYears years = ThreeYears.years();
    private final LatestHistory latest = new LatestHistory();
    private Outline outline = years.outline();

    private String shown(Node item) {
        return latest.of(outline, outline.get(item.id())).map(StanceHistory::summary).orElse("(none)");
    }

    private String fresh(Node item) {
        NotebookYears now = NotebookYears.of(outline);
        Node n = outline.get(item.id());
        return now.yearOf(n).isPresent() ? StanceHistory.of(now, n).summary() : "(none)";
    }

    private void put(Node changed) {
        outline = outline.with(List.of(changed), List.of());
    }

    @Test
    void aTickOfTheItemShowsInItsOwnYear() {
        Node zig = ThreeYears.item(years, 2024, "Zig");
        assertThat(shown(zig)).isEqualTo("2024 Explore");
        put(outline.get(zig.id()).withDone(true, LocalDate.of(2024, 9, 1)));
        assertThat(shown(zig)).isEqualTo("2024 Explore \u2713 2024-09-01");
        put(outline.get(zig.id()).withDone(false, null));
        assertThat(shown(zig)).isEqualTo("2024 Explore");
    }

    @Test
    void anItemRenamedInAnotherYearToTheSameNameJoinsTheLine() {
        Node zig = ThreeYears.item(years, 2024, "Zig");
        assertThat(shown(zig)).isEqualTo("2024 Explore");
        put(outline.get(zig.id()).withDone(true, LocalDate.of(2024, 9, 1)));
        assertThat(shown(zig)).isEqualTo("2024 Explore \u2713 2024-09-01");

        put(outline.get(ThreeYears.item(years, 2023, "Kotlin").id()).withName("Zig"));
        assertThat(shown(zig)).isEqualTo("2023 Improve \u2192 2024 Explore \u2713 2024-09-01");
    }

    @Test
    void everyEditLeavesTheLineAsAFreshReadingHasIt() {
        Node go = ThreeYears.item(years, 2023, "Go");
        Node go2022 = ThreeYears.item(years, 2022, "Go");
        Node go2024 = ThreeYears.item(years, 2024, "Go");
        Node next = ThreeYears.item(years, 2023, "Next");
        List<Runnable> edits = List.of(
                () -> put(outline.get(go.id()).withDone(!outline.get(go.id()).done(), LocalDate.of(2023, 3, 3))),
                () -> put(outline.get(go2022.id()).withDone(true, LocalDate.of(2022, 7, 7))),
                () -> put(outline.get(go2024.id()).withName("Golang")),
                () -> put(outline.get(go2024.id()).withName("Go")),
                () -> put(outline.get(go.id()).withStance(Stance.EXPLORE)),
                () -> put(outline.get(go.id()).withName("Rust")),
                () -> put(outline.get(go.id()).withName("Go")),
                () -> put(outline.get(go.id()).withLink("https://nextjs.org/")),
                () -> put(outline.get(go.id()).withLink(null)),
                () -> put(outline.get(next.id()).withDone(false, null)),
                () -> put(outline.get(outline.parent(outline.get(go.id())).orElseThrow().id()).withStance(Stance.SKIP)));
        for (Runnable edit : edits) {
            edit.run();
            assertThat(shown(go)).isEqualTo(fresh(go));
        }
        assertThat(shown(go)).isEqualTo("2022 Explore \u2713 2022-07-07 \u2192 2023 Explore \u2192 2024 Maintain");
    }
}
