package org.goalbook.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.goalbook.model.SamplePlan;
import org.junit.jupiter.api.Test;

class BreadcrumbTest {
    @Test
    void leavesStanceLinesOutAndShowsLinksAsTheirText() {
        SamplePlan s = new SamplePlan();
        assertEquals("2022 › Tactical › Front End › App Frameworks › React", Breadcrumb.text(s.outline(), s.react));
        assertEquals("2022 › Tactical › Back End › GraphQL", Breadcrumb.text(s.outline(), s.graphql));
        assertEquals("Log (LIFO)", Breadcrumb.text(s.outline(), s.log));
    }
}
