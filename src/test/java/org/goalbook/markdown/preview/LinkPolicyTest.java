package org.goalbook.markdown.preview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://remix.run/", "http://example.com/a?b=1", "HTTPS://EXAMPLE.COM", "mailto:me@example.com"})
    void webAndMailLinksOpenInTheBrowser(String href) {
        assertTrue(LinkPolicy.isAllowedLink(href));
        assertTrue(LinkPolicy.opensInBrowser(href));
    }

    @ParameterizedTest
    @ValueSource(strings = {"#log-lifo", "#books"})
    void anchorsStayInTheNote(String href) {
        assertTrue(LinkPolicy.isAllowedLink(href));
        assertFalse(LinkPolicy.opensInBrowser(href));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)", " https://ok.example",
            "\u0001javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,x", "file:///etc/passwd", "notes.md",
            "../up.md", "//evil.example/", "https:", "https://", "https://ok.example/\u0000", "ftp://files.example/", ""})
    void everythingElseIsRefused(String href) {
        assertFalse(LinkPolicy.isAllowedLink(href), href);
        assertFalse(LinkPolicy.opensInBrowser(href), href);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///home/me/a.png", "data:image/png;base64,AAAA", "images/a.png", "mailto:me@example.com", "#x"})
    void imagesComeOnlyFromTheWeb(String src) {
        assertFalse(LinkPolicy.isAllowedImage(src), src);
    }
}
