package org.goalbook.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Renders each hostile note into the real WebView and checks that nothing in it ran. */
@ExtendWith(ApplicationExtension.class)
class PreviewSafetyInWebViewTest extends FxRobot {
    private static final String TITLE = "Goalbook preview";

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private PreviewPane pane;

    @Start
    void start(Stage stage) {
        pane = new PreviewPane(opened::add, Runnable::run);
        stage.setScene(new Scene(pane, 500, 300));
        stage.show();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.goalbook.markdown.preview.Payloads#all")
    void hostileNoteDoesNotRunInThePreview(String name, String markdown, String harmlessText) throws Exception {
        render(markdown);
        countErrorEvents();
        js("document.querySelectorAll('a, input, details, div, img').forEach(function (e) {"
                + " e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); })");
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS); // let image errors and timers fire, if any were left

        assertEquals(TITLE, js("document.title"));
        assertEquals("undefined", js("typeof window.pwned"));
        assertEquals("", WaitForAsyncUtils.asyncFx(() -> webView().getEngine().getLocation()).get());
        assertTrue(String.valueOf(js("document.body.textContent")).contains(harmlessText));
        assertTrue(opened.isEmpty());
    }

    @Test
    void contentSecurityPolicyStopsScriptsEvenIfTheSanitizerWereBypassed() throws Exception {
        render("placeholder");
        countErrorEvents();

        // Straight into the page, not through the renderer: only the shell's Content-Security-Policy stands guard.
        js("goalbookPreview.patch(0, 1, ['<img src=\"nowhere\" onerror=\"document.title=\\'pwned\\'\">',"
                + " '<script>window.pwned = 1</script>', '<p onclick=\"window.pwned = 2\">raw</p>'])");
        js("document.querySelector('p').click()");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((Number) js("window.goalbookErrors")).intValue() > 0);

        assertEquals(TITLE, js("document.title"));
        assertEquals("undefined", js("typeof window.pwned"));
    }

    // Our own listener (privileged, from Java) proves error events really fire while the note's handlers do not.
    private void countErrorEvents() throws Exception {
        js("window.goalbookErrors = 0; document.addEventListener('error', function () { window.goalbookErrors++; }, true)");
    }

    private void render(String markdown) throws Exception {
        int before = pane.renderCountProperty().get();
        interact(() -> pane.setMarkdown(markdown));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.renderCountProperty().get() > before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Object js(String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> webView().getEngine().executeScript(script)).get();
    }

    private WebView webView() {
        return lookup(".web-view").queryAs(WebView.class);
    }
}
