package org.goalbook.model;

/** A small plan in the journal's shape, with the ids tests need by name. */
public final class SamplePlan {
    public final PlanBuilder plan = new PlanBuilder();
    public final long intro = plan.add(0, NodeKind.PAGE, "Things I Bought");
    public final long y2022 = plan.add(0, NodeKind.YEAR, "2022");
    public final long strategic = plan.add(y2022, NodeKind.STRATEGIC, "Strategic");
    public final long consultant = plan.add(strategic, NodeKind.GOAL, "Work as a consultant", null, false);
    public final long legacy = plan.add(consultant, NodeKind.GOAL, "Modernize legacy Java web apps", null, false);
    public final long certs = plan.add(strategic, NodeKind.GOAL, "Earn Kubernetes certs", null, true);
    public final long tactical = plan.add(y2022, NodeKind.TACTICAL, "Tactical");
    public final long frontEnd = plan.add(tactical, NodeKind.AREA, "Front End");
    public final long frameworks = plan.add(frontEnd, NodeKind.TOPIC, "App Frameworks");
    public final long maintain = plan.add(frameworks, NodeKind.STANCE_LINE, "Maintain", Stance.MAINTAIN, false);
    public final long gatsby = plan.add(maintain, NodeKind.ITEM, "GatsbyJS", Stance.MAINTAIN, true);
    public final long react = plan.add(maintain, NodeKind.ITEM, "React", Stance.MAINTAIN, false);
    public final long improve = plan.add(frameworks, NodeKind.STANCE_LINE, "Improve", Stance.IMPROVE, false);
    public final long next = plan.add(improve, NodeKind.ITEM, "Next.js", Stance.IMPROVE, false);
    public final long skip = plan.add(frameworks, NodeKind.STANCE_LINE, "Skip", Stance.SKIP, false);
    public final long vue = plan.add(skip, NodeKind.ITEM, "Vue/Nuxt", Stance.SKIP, false);
    public final long spa = plan.add(frontEnd, NodeKind.ITEM, "Master SPA and webworkers", null, false);
    public final long backEnd = plan.add(tactical, NodeKind.AREA, "Back End");
    public final long graphql = plan.add(backEnd, NodeKind.ITEM, "[GraphQL](https://graphql.org/)", Stance.EXPLORE,
            false);
    public final long y2023 = plan.add(0, NodeKind.YEAR, "2023");
    public final long golang = plan.add(y2023, NodeKind.GOAL, "Master GoLang", null, false);
    public final long rust = plan.add(y2023, NodeKind.GOAL, "Explore Rust", null, false);
    public final long log = plan.add(0, NodeKind.PAGE, "Log (LIFO)");

    public SamplePlan() {
        plan.notes(golang, "## Notes\n- tour of Go\n");
        plan.notes(log, "### Log (LIFO)\n\n- [ ] read the Kubernetes book\n");
    }

    /** The sample's log page grown to {@code size} characters with dated entries, as a journal's log grows over years. */
    public String logGrownTo(int size) {
        StringBuilder page = new StringBuilder(outline().get(log).notes());
        for (int day = 0; page.length() < size; day++) {
            page.append("\n### ").append(java.time.LocalDate.of(2010, 1, 1).plusDays(day))
                    .append("\n\nRead a chapter on distributed systems and wrote down what stuck.\n");
        }
        return page.toString();
    }

    public Outline outline() {
        return plan.outline();
    }

    public Notebook notebook() {
        return plan.notebook();
    }
}
