package org.goalbook.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.goalbook.model.Progress;
import org.goalbook.model.Stance;
import org.junit.jupiter.api.Test;

/** Done/total and ticks per month of the three-year journal, counted by hand from three-years.md. */
class YearProgressTest {
    private final NotebookYears years = ThreeYears.years();

    @Test
    void doneOutOfTotalPerPartLeavesSkippedItemsOut() {
        YearProgress p = YearProgress.of(years, 2022);
        // Strategic: the goal and its two points, one ticked. Front End: 8 items, Vue skipped, 3 ticked.
        // Back End: 5 items, Scala skipped, Java and Rust ticked. Operations: Docker and Podman, none ticked.
        assertThat(p.parts()).containsExactly(new YearProgress.Part("Strategic", new Progress(1, 3)),
                new YearProgress.Part("Front End", new Progress(3, 7)),
                new YearProgress.Part("Back End", new Progress(2, 4)),
                new YearProgress.Part("Operations", new Progress(0, 2)));
        assertThat(p.overall()).isEqualTo(new Progress(6, 16));
    }

    @Test
    void perStanceCountsEverySkillItemSkipIncluded() {
        YearProgress p = YearProgress.of(years, 2024);
        assertThat(p.stances()).containsEntry(Stance.MAINTAIN, new Progress(1, 7))
                .containsEntry(Stance.IMPROVE, new Progress(1, 1))
                .containsEntry(Stance.EXPLORE, new Progress(1, 5))
                .containsEntry(Stance.SKIP, new Progress(0, 2));
        assertThat(p.stances().keySet()).containsExactly(Stance.values());
        assertThat(p.unstanced()).as("the two reading items").isEqualTo(new Progress(1, 2));
        assertThat(p.overall()).isEqualTo(new Progress(4, 15));
    }

    @Test
    void ticksAreCountedInTheMonthOfTheirDate() {
        YearProgress p = YearProgress.of(years, 2022);
        // Java in January, React in March, Redux and Remix in June, Rust in November; the CKA tick has no date.
        assertThat(p.months()).containsExactly(1, 0, 1, 0, 0, 2, 0, 0, 0, 0, 1, 0);
        assertThat(p.burnUp()).containsExactly(1, 1, 2, 2, 2, 4, 4, 4, 4, 4, 5, 5);
        assertThat(p.undated()).isEqualTo(1);
        assertThat(p.otherYears()).isZero();
    }

    @Test
    void aTickDatedInAnotherYearIsCountedApart() {
        YearProgress p = YearProgress.of(NotebookYears.of(org.goalbook.markdown.JournalImporter.read(
                "## My Goals in 2022\n\n### Tactical\n\nBack End\n\n- Languages\n  - Maintain: Java \u2705 2023-01-05, Go \u2705 2022-12-31\n").outline()), 2022);
        assertThat(p.months().get(11)).isEqualTo(1);
        assertThat(p.otherYears()).isEqualTo(1);
        assertThat(p.burnUp().get(11)).isEqualTo(1);
    }

    @Test
    void aYearNotInTheNotebookIsRefusedByName() {
        assertThatThrownBy(() -> YearProgress.of(years, 2031)).isInstanceOf(ReviewException.class)
                .hasMessage("no year 2031 in this notebook; it has 2022, 2023, 2024");
        assertThat(List.of(2022, 2023, 2024)).isEqualTo(years.all().stream().map(YearItems::year).toList());
    }
}
