package org.goalbook.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.goalbook.model.EditRefused;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.SamplePlan;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;

import org.junit.jupiter.api.Test;

class MarkdownListTest {
    private final SamplePlan s = new SamplePlan();
    private final Outline outline = s.outline();

    @Test
    void copiesASubtreeInTheJournalsStyle() {
        assertEquals("""
                - Front End
                  - App Frameworks
                    - Maintain: GatsbyJS ✅, React
                    - Improve: Next.js
                    - Skip: Vue/Nuxt
                  - [ ] Master SPA and webworkers
                """, MarkdownList.copy(outline, s.frontEnd));
        assertEquals("- [ ] [GraphQL](https://graphql.org/) (Explore)\n", MarkdownList.copy(outline, s.graphql));
        assertEquals(outline.get(s.log).notes(), MarkdownList.copy(outline, s.log));
    }

    @Test
    void pastingWhatWasCopiedGivesTheSameSubtree() {
        String copied = MarkdownList.copy(outline, s.frontEnd);
        Outline after = OutlineEdits.preview(outline, ListPaste.plan(outline, s.tactical, -1, copied));

        Node pasted = after.children(s.tactical).get(2);
        assertEquals(NodeKind.AREA, pasted.kind());
        assertEquals(copied, MarkdownList.copy(after, pasted.id()));
        Node gatsby = after.preorder().stream().filter(n -> n.name().equals("GatsbyJS") && n.id() < 0)
                .findFirst().orElseThrow();
        assertTrue(gatsby.done() && gatsby.inline());
        assertEquals(Stance.MAINTAIN, gatsby.stance());
    }

    @Test
    void pastesAPlainListAfterAnItemAndMakesRoomForIt() {
        String list = "- [x] Koa\n  - read the guide\n* NestJS (Improve)\n";
        Outline after = OutlineEdits.preview(outline, ListPaste.plan(outline, s.frontEnd, 1, list));

        List<Node> kids = after.children(s.frontEnd);
        assertEquals(List.of("App Frameworks", "Koa", "NestJS", "Master SPA and webworkers"),
                kids.stream().map(Node::name).toList());
        assertTrue(kids.get(1).done());
        assertEquals(Stance.IMPROVE, kids.get(2).stance());
        assertEquals(List.of("read the guide"), after.children(kids.get(1).id()).stream().map(Node::name).toList());
        assertEquals(List.of(0, 1, 2, 3), kids.stream().map(Node::position).toList());
    }

    @Test
    void readsACommaListAsTheJournalDoesDatesCodeAndLinksIncluded() {
        String list = "- Maintain: GatsbyJS \u2705 2022-05-01, `a, b`, [Remix](https://remix.run/)\n";
        Outline after = OutlineEdits.preview(outline, ListPaste.plan(outline, s.frameworks, -1, list));

        Node line = after.children(s.frameworks).get(3);
        List<Node> items = after.children(line.id());
        assertEquals(3, items.size(), "a comma inside code does not split");
        assertEquals(List.of("GatsbyJS", "`a, b`", "Remix"), items.stream().map(Node::name).toList());
        assertTrue(items.get(0).done());
        assertEquals(java.time.LocalDate.of(2022, 5, 1), items.get(0).doneOn());
        assertEquals("https://remix.run/", items.get(2).link());
        assertEquals(list, MarkdownList.copy(after, line.id()), "copied back as written");
    }

    @Test
    void aTopicWithItsItemsAfterTheColonIsReadAndCopiedAsTheJournalWritesIt() {
        String list = "- SSO: Okta, [Auth0](https://auth0.com/)\n";
        Outline after = OutlineEdits.preview(outline, ListPaste.plan(outline, s.backEnd, -1, list));

        Node sso = after.children(s.backEnd).get(1);
        assertEquals(NodeKind.TOPIC, sso.kind());
        assertEquals("SSO", sso.name());
        List<Node> items = after.children(sso.id());
        assertEquals(List.of("Okta", "Auth0"), items.stream().map(Node::name).toList());
        assertTrue(items.stream().allMatch(Node::inline));
        assertEquals(list, MarkdownList.copy(after, sso.id()));
    }

    @Test
    void refusesNothingToPasteAndPastingIntoAPage() {
        assertThrows(EditRefused.class, () -> ListPaste.plan(outline, s.frontEnd, -1, "  \n"));
        assertThrows(EditRefused.class, () -> ListPaste.plan(outline, s.log, -1, "- a"));
    }

    @Test
    void splitsCommaListsButNotInsideLinks() {
        assertEquals(List.of("[a, b](https://x.org/?q=1,2)", "c"), InlineList.split("[a, b](https://x.org/?q=1,2), c"));
    }

    @Test
    void aPastedListOfLinksKeepsNamesAndLinksApartInACommaList() {
        Node maintain = outline.children(outline.preorder().stream().filter(n -> n.name().equals("App Frameworks"))
                .findFirst().orElseThrow().id()).get(0);
        Outline after = OutlineEdits.preview(outline, ListPaste.plan(outline, maintain.id(), -1,
                "- [Nydus](https://nydus.dev/)\n"));
        Node nydus = after.children(maintain.id()).stream().filter(n -> n.id() < 0).findFirst().orElseThrow();
        assertEquals("Nydus", nydus.name());
        assertEquals("https://nydus.dev/", nydus.link());
        assertTrue(MarkdownList.copy(after, maintain.id()).contains("[Nydus](https://nydus.dev/)"));
    }
}
