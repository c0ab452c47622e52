package org.goalbook.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.goalbook.model.SamplePlan;
import org.junit.jupiter.api.Test;

/** The header's path: stance lines left out; a path too long loses names from its middle, the year and node stay. */
class BreadcrumbTest {
    @Test
    void leavesStanceLinesOutAndShowsLinksAsTheirText() {
        SamplePlan s = new SamplePlan();
        assertEquals(List.of("2022", "Tactical", "Front End", "App Frameworks", "React"),
                Breadcrumb.names(s.outline(), s.react));
        assertEquals(List.of("2022", "Tactical", "Back End", "GraphQL"), Breadcrumb.names(s.outline(), s.graphql));
        assertEquals(List.of("Log (LIFO)"), Breadcrumb.names(s.outline(), s.log));
    }

    private final List<String> path = List.of("2022", "Tactical", "Front End", "App Frameworks", "Remix");

    @Test
    void aPathThatFitsIsShownWhole() {
        assertEquals("2022 › Tactical › Front End › App Frameworks › Remix", Breadcrumb.shortened(path, t -> true));
    }

    @Test
    void namesAfterTheYearGiveWayFirst() {
        assertEquals("2022 › … › Front End › App Frameworks › Remix",
                Breadcrumb.shortened(path, t -> t.length() <= 45));
        assertEquals("2022 › … › App Frameworks › Remix", Breadcrumb.shortened(path, t -> t.length() <= 35));
    }

    @Test
    void theYearAndTheNodeAlwaysStay() {
        assertEquals("2022 › … › Remix", Breadcrumb.shortened(path, t -> false));
        assertEquals("2022 › Remix", Breadcrumb.shortened(List.of("2022", "Remix"), t -> false));
    }
}
