package org.goalbook.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The yearly review of the three-year journal, every line counted by hand from three-years.md. */
class YearReviewTest {
    private final NotebookYears years = ThreeYears.years();

    @Test
    void theReviewOf2023ComparesItWith2022() {
        assertThat(YearReview.of(years, 2023)).isEqualTo("""
                ## 2023 in review

                Done: 4 of 13 (31 %); 2 skipped on purpose.

                ### Done per area

                - **Strategic**: 0 of 2
                - **Front End**: 1 of 4: Next (2023-04-01)
                - **Back End**: 2 of 5: SQL (2023-02-15), Go (2023-09-30)
                - **Operations**: 1 of 2: Docker (2023-01-20)

                ### Stance changes since 2022

                - Next (was \u201cNext.js\u201d): Improve \u2192 Maintain (moved in)
                - SvelteKit: Explore \u2192 Improve (moved in)
                - GatsbyJS: Maintain \u2192 Skip (moved out)
                - SQL: Improve \u2192 Maintain (moved in)
                - Go: Explore \u2192 Improve (moved in)

                ### New in 2023

                - Solid (Explore)
                - Kotlin (Improve)
                - Kubernetes (Improve)

                ### Left the plan after 2022

                - Redux (done)
                - Remix (done)
                - Master Typescript
                - Scala
                - Podman

                ### Explored but never decided

                - Rust: explored in 2022, 2023
                """);
    }

    @Test
    void aRenameWithTheSameStanceIsNamedAndItemsThatComeBackAreNew() {
        String review = YearReview.of(years, 2024);
        assertThat(review).contains("- Next.js 15 (was \u201cNext\u201d): renamed, still Maintain\n")
                .contains("### New in 2024\n\n- Qwik (Explore)\n- Zig (Explore)\n- Scala (Skip)\n- Podman (Explore)\n"
                        + "- Read \"Team Topologies\"\n- Read \"Accelerate\"\n")
                .contains("### Left the plan after 2023\n\n- GatsbyJS\n- SQL (done)\n")
                .contains("- **Reading**: 1 of 2: Read \"Team Topologies\"\n");
    }

    @Test
    void explorationsWithoutADecisionAreListedWithTheirYears() {
        assertThat(YearReview.of(years, 2024)).endsWith("""
                ### Explored but never decided

                - Solid: explored in 2023, 2024
                - Rust: explored in 2022, 2023, 2024
                - Podman: explored in 2022, 2024
                """);
    }

    @Test
    void theFirstYearHasNothingToCompareWith() {
        assertThat(YearReview.of(years, 2022)).contains("""
                ### Since last year

                2022 is the notebook's first year: there is nothing to compare it with.

                ### Explored but never decided
                """).contains("Done: 6 of 16 (38 %); 2 skipped on purpose.");
    }

    @Test
    void aYearNotInTheNotebookIsRefused() {
        assertThatThrownBy(() -> YearReview.of(years, 2019)).isInstanceOf(ReviewException.class)
                .hasMessageStartingWith("no year 2019 in this notebook");
    }
}
