package org.goalbook.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Outline;
import org.goalbook.model.Resource;
import org.goalbook.model.Source;
import org.goalbook.model.Stance;

/** A small notebook shaped like the user's journal, numbered 1..n the way import numbers it. */
public final class SampleNotebook {
    public static final long LOG = 1;
    public static final long YEAR = 2;
    public static final long STRATEGIC = 3;
    public static final long CONSULTANT = 4;
    public static final long MODERNIZE = 5;
    public static final long TACTICAL = 6;
    public static final long FRONT_END = 7;
    public static final long APP_FRAMEWORKS = 8;
    public static final long MAINTAIN = 9;
    public static final long GATSBY = 10;
    public static final long REACT = 11;
    public static final long SKIP = 12;
    public static final long VUE = 13;
    public static final long SSO = 14;
    public static final long OKTA = 15;
    public static final long MASTER_SPA = 16;
    public static final long YEAR_2023 = 17;
    public static final long GOLANG = 18;

    private SampleNotebook() {
    }

    public static Notebook notebook() {
        NotebookMeta meta = new NotebookMeta("Journal: Ending 2022-01-21", "2022-01-21T22:12:03.284Z", "draft",
                "EdPike365", List.of("DevOps", "Full Stack", "SRE"),
                "---\r\ntitle: \"Journal: Ending 2022-01-21\"\r\n---\r\n", "\r\n");
        List<Resource> resources = List.of(
                new Resource(1, "Remix", "https://remix.run/", "Full stack web framework", "DevOps Weekly #500",
                        REACT),
                new Resource(2, "Loose link", "https://example.org/", "", "", 0));
        return new Notebook(meta, outline(), resources);
    }

    public static Outline outline() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(node(LOG, 0, 0, NodeKind.PAGE, "Log").withNotes("## Log (LIFO)\n\nRead about *kubernetes* operators.\n")
                .withSource(new Source("## Log (LIFO)\n", "\n", "page:Log")));
        nodes.add(node(YEAR, 0, 1, NodeKind.YEAR, "2022").withSource(new Source("### My Goals in 2022\n", "\n", "y")));
        nodes.add(node(STRATEGIC, YEAR, 0, NodeKind.STRATEGIC, "Strategic"));
        nodes.add(node(CONSULTANT, STRATEGIC, 0, NodeKind.GOAL, "Work as a consultant"));
        nodes.add(node(MODERNIZE, CONSULTANT, 0, NodeKind.GOAL, "Modernize legacy Java web apps")
                .withDone(true, LocalDate.of(2022, 3, 4)).withNotes("From monolith to microservices."));
        nodes.add(node(TACTICAL, YEAR, 1, NodeKind.TACTICAL, "Tactical"));
        nodes.add(node(FRONT_END, TACTICAL, 0, NodeKind.AREA, "Front End"));
        nodes.add(node(APP_FRAMEWORKS, FRONT_END, 0, NodeKind.TOPIC, "App Frameworks"));
        nodes.add(node(MAINTAIN, APP_FRAMEWORKS, 0, NodeKind.STANCE_LINE, "Maintain").withStance(Stance.MAINTAIN)
                .withSource(new Source("  - Maintain: GatsbyJS, React\n", "", "maintain")));
        nodes.add(node(GATSBY, MAINTAIN, 0, NodeKind.ITEM, "GatsbyJS").withStance(Stance.MAINTAIN).withInline(true)
                .withDone(true, LocalDate.of(2022, 5, 1)).withSource(new Source("GatsbyJS ✅ 2022-05-01", "", "g")));
        nodes.add(node(REACT, MAINTAIN, 1, NodeKind.ITEM, "React").withStance(Stance.MAINTAIN).withInline(true));
        nodes.add(node(SKIP, APP_FRAMEWORKS, 1, NodeKind.STANCE_LINE, "Skip").withStance(Stance.SKIP));
        nodes.add(node(VUE, SKIP, 0, NodeKind.ITEM, "Vue/Nuxt").withStance(Stance.SKIP).withInline(true));
        nodes.add(node(SSO, FRONT_END, 1, NodeKind.TOPIC, "SSO"));
        // As a paste stored it before names and links were kept apart: the whole link as the name.
        nodes.add(new Node(OKTA, SSO, 0, NodeKind.ITEM, "[Okta](https://okta.com/)", null, false, null,
                "https://okta.com/", "", true, null));
        nodes.add(node(MASTER_SPA, FRONT_END, 2, NodeKind.ITEM, "Master SPA and webworkers")
                .withNotes("## Notes\n- hooks course\n"));
        nodes.add(node(YEAR_2023, 0, 2, NodeKind.YEAR, "2023"));
        nodes.add(node(GOLANG, YEAR_2023, 0, NodeKind.GOAL, "Master GoLang"));
        return new Outline(nodes);
    }

    public static Node node(long id, long parentId, int position, NodeKind kind, String name) {
        return new Node(id, parentId, position, kind, name, null, false, null, null, "", false, null);
    }
}
