package org.goalbook.markdown.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PreviewSafetyTest {
    private static final Set<String> EXECUTABLE_OR_FETCHING = Set.of("script", "iframe", "frame", "frameset", "embed",
            "object", "applet", "form", "button", "select", "textarea", "svg", "math", "style", "meta", "base", "link",
            "template", "noscript", "video", "audio", "source", "picture", "portal");

    private final PreviewRenderer renderer = new PreviewRenderer();

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.goalbook.markdown.preview.Payloads#all")
    void hostileNoteRendersWithoutAnythingExecutable(String name, String markdown, String harmlessText) {
        String html = renderer.render(markdown);
        Document page = Jsoup.parseBodyFragment(html);

        for (Element element : page.body().getAllElements()) {
            assertFalse(EXECUTABLE_OR_FETCHING.contains(element.normalName()), () -> "<" + element.normalName()
                    + "> survived in: " + html);
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on") || key.equals("style") || key.equals("srcset")
                        || key.equals("target") || key.contains(":"), () -> key + " survived in: " + html);
                String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                assertFalse(value.contains("javascript:") || value.contains("vbscript:") || value.startsWith("data:")
                        || value.startsWith("file:"), () -> "dangerous address survived in: " + html);
            }
        }
        for (Element link : page.select("a")) {
            String href = link.attr("href");
            assertTrue(href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:")
                    || href.startsWith("#"), () -> "link kept: " + href);
        }
        for (Element image : page.select("img")) {
            assertTrue(image.attr("src").startsWith("https://"), () -> "image kept: " + image.attr("src"));
        }
        for (Element input : page.select("input")) {
            assertTrue(input.hasAttr("data-task"), () -> "a note's own form control survived: " + html);
        }
        assertTrue(page.text().contains(harmlessText), () -> "'" + harmlessText + "' lost from: " + html);
    }

    @Test
    void forgedTaskBoxIsDroppedButRealOneStays() {
        String markdown = "<input type=\"checkbox\" data-task=\"0\" data-goalbook-token=\"guess\"> fake\n\n- [ ] real";
        Document page = Jsoup.parseBodyFragment(renderer.render(markdown));

        List<String> tasks = page.select("input").eachAttr("data-task");
        assertEquals(List.of(String.valueOf(markdown.indexOf("- [ ] real"))), tasks);
    }

    @Test
    void safeLinksAndImagesSurviveIntact() {
        String html = renderer.render("[site](https://ok.example/a?b=1&c=2) [mail](mailto:me@example.com)"
                + " [top](#top) ![logo](https://ok.example/logo.png)");
        Document page = Jsoup.parseBodyFragment(html);

        assertEquals(List.of("https://ok.example/a?b=1&c=2", "mailto:me@example.com", "#top"), page.select("a").eachAttr("href"));
        assertEquals("https://ok.example/logo.png", page.selectFirst("img").attr("src"));
        assertEquals("logo", page.selectFirst("img").attr("alt"));
    }

    @Test
    void harmlessHtmlInAJournalStaysFormatted() {
        Document page = Jsoup.parseBodyFragment(renderer.render(
                "<details><summary>Spoiler</summary>\n\n**bold** and <kbd>Ctrl</kbd>+<kbd>C</kbd>\n\n</details>"));

        assertEquals("Spoiler", page.selectFirst("details > summary").text());
        assertEquals(2, page.select("kbd").size());
        assertEquals("bold", page.selectFirst("strong").text());
    }
}
