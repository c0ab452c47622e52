package org.goalbook.markdown.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.goalbook.testing.SharedFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PreviewRendererTest {
    private final PreviewRenderer renderer = new PreviewRenderer();

    @Test
    void everyBlockCarriesItsSourceRange() {
        String note = "# Plan\n\nLearn *Rust*.\n\n- one\n- two\n";
        Document page = page(note);

        assertEquals("# Plan", slice(note, page.selectFirst("h1")).strip());
        assertEquals("Learn *Rust*.", slice(note, page.selectFirst("p")).strip());
        assertEquals("- two", slice(note, page.select("li").get(1)).strip());
        assertEquals("- one\n- two", slice(note, page.selectFirst("ul")).strip());
    }

    @Test
    void taskBoxesCarryTheirItemsOffsetInEveryListStyle() {
        String note = "- [ ] dash\n* [x] star\n\n1. [X] numbered\n\n   with a second paragraph\n\n  - [ ] nested under text\n";
        Document page = page(note);

        List<Element> boxes = page.select("input[type=checkbox]");
        assertEquals(4, boxes.size());
        assertTrue(note.startsWith("- [ ] dash", offset(boxes.get(0))));
        assertTrue(note.startsWith("* [x] star", offset(boxes.get(1))));
        assertTrue(note.startsWith("1. [X] numbered", offset(boxes.get(2))));
        assertTrue(note.startsWith("- [ ] nested", offset(boxes.get(3))));
        assertEquals(List.of(false, true, true, false), boxes.stream().map(b -> b.hasAttr("checked")).toList());
        assertFalse(boxes.get(0).hasAttr("disabled"), "a disabled box would never report a click");
    }

    @Test
    void frontMatterBecomesASmallTableNotABrokenParagraph() {
        Document page = page("---\ntitle: \"Journal: Ending 2022-01-21\"\nstatus: draft\ntags:\n  - DevOps\n  - SRE\n---\n\nBody");

        Element table = page.selectFirst("table.front-matter");
        assertEquals(List.of("title", "status", "tags"), table.select("th").eachText());
        assertEquals(List.of("Journal: Ending 2022-01-21", "draft", "DevOps, SRE"), table.select("td").eachText());
        assertEquals(List.of("Body"), page.select("p").eachText());
        assertTrue(page.select("hr").isEmpty());
    }

    @Test
    void gitHubFlavouredExtrasRender() {
        Document page = page("| Area | Stance |\n|:--|--:|\n| Front End | explore |\n\n~~skip~~ see https://remix.run/ now");

        assertEquals(List.of("Front End", "explore"), page.select("td").eachText());
        assertEquals("right", page.select("td").get(1).attr("align"));
        assertEquals("skip", page.selectFirst("del").text());
        assertEquals("https://remix.run/", page.selectFirst("a").attr("href"));
    }

    @Test
    void headingsGetTheIdsThatTheJournalsOwnAnchorsUse() {
        Document page = page("[Log](#log-lifo) | [Orgs](#companies-orgs)\n\n### Log (LIFO)\n\n### Companies, Orgs\n");

        for (Element link : page.select("a")) {
            assertFalse(page.select("[id=" + link.attr("href").substring(1) + "]").isEmpty(), link.attr("href"));
        }
    }

    @Test
    void aParsedNoteCanBeRenderedWithoutParsingAgain() {
        String note = "# Plan\n\n- [ ] task";
        ParsedMarkdown parsed = renderer.parse(note);

        assertEquals(renderer.render(note), renderer.render(parsed).html());
        assertEquals(note, parsed.source());
    }

    @Test
    void blocksAreTheTopLevelElements() {
        RenderedPreview preview = renderer.renderBlocks("# Plan\n\nfirst\n\n- a\n- b\n");

        assertEquals(3, preview.blocks().size());
        assertTrue(preview.blocks().get(2).startsWith("<ul"));
    }

    @Test
    void absurdlyNestedNoteGivesAMessageInsteadOfCrashing() {
        String html = renderer.render("> ".repeat(50_000) + "deep");

        assertTrue(html.contains("nested too deeply"), html);
    }

    @Test
    void emptyAndMissingNotesRenderAsNothing() {
        assertEquals("", renderer.render(""));
        assertEquals("", renderer.render((String) null));
    }

    @Test
    void theUsersJournalRendersWithWorkingAnchorsAndSourceRanges() {
        String note = SharedFixtures.journal();

        Document page = page(note);

        assertEquals("Journal: Ending 2022-01-21", page.selectFirst("table.front-matter td").text());
        for (Element link : page.select("a[href^=#]")) {
            assertFalse(page.select("[id=" + link.attr("href").substring(1) + "]").isEmpty(), link.attr("href"));
        }
        for (Element block : page.select("[data-pos]")) {
            assertFalse(slice(note, block).isBlank(), block.outerHtml());
        }
    }

    private Document page(String note) {
        return Jsoup.parseBodyFragment(renderer.render(note));
    }

    private static String slice(String note, Element element) {
        String[] range = element.attr("data-pos").split("-");
        return note.substring(Integer.parseInt(range[0]), Integer.parseInt(range[1]));
    }

    private static int offset(Element box) {
        return Integer.parseInt(box.attr("data-task"));
    }
}
