package org.goalbook.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.goalbook.markdown.preview.PreviewRenderer;
import org.goalbook.markdown.preview.TaskToggle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest extends FxRobot {
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<Integer> toggled = new CopyOnWriteArrayList<>();
    private PreviewPane pane;

    @Start
    void start(Stage stage) {
        pane = new PreviewPane(opened::add, Runnable::run);
        pane.setOnTaskToggled(toggled::add);
        stage.setScene(new Scene(pane, 600, 400));
        stage.show();
    }

    @Test
    void showsAPlaceholderUntilTheFirstNoteArrives() throws Exception {
        assertTrue(lookup(".web-view").tryQuery().isEmpty());
        assertTrue(lookup("." + PreviewPane.PLACEHOLDER_STYLE_CLASS).tryQuery().isPresent());

        render("Hello");

        assertTrue(lookup(".web-view").tryQuery().isPresent());
        assertTrue(lookup("." + PreviewPane.PLACEHOLDER_STYLE_CLASS).tryQuery().isEmpty());
    }

    @Test
    void typingShowsTheTextAsTyped() throws Exception {
        String text = "Hello **world**";
        for (int i = 1; i <= text.length(); i++) {
            String typed = text.substring(0, i);
            interact(() -> pane.setMarkdown(typed));
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bodyHtml().contains("<strong>world</strong>"));

        assertEquals("<p data-pos=\"0-15\">Hello <strong>world</strong></p>", bodyHtml());
    }

    @Test
    void rendersPatchThePageInsteadOfReloadingIt() throws Exception {
        render("# Plan\n\nfirst");
        js("window.goalbookTestMarker = 42; document.body.goalbookTestMarker = 'same body'");

        render("# Plan\n\nfirst, then more");
        render("# Plan\n\nfirst, then more\n\n- [ ] a task");

        assertEquals(42, js("window.goalbookTestMarker"));
        assertEquals("same body", js("document.body.goalbookTestMarker"));
        assertTrue(bodyHtml().contains("a task"));
    }

    @Test
    void anEditsRenderThatIsReadyIsOnThePageInTheSameTurnOfTheFxThread() throws Exception {
        render("# Plan\n\nfirst");
        int before = pane.renderCountProperty().get();

        String shown = WaitForAsyncUtils.asyncFx(() -> {
            pane.editMarkdown(List.of(new org.goalbook.markdown.TextEdit(13, 13, ", then more")));
            pane.catchUp();
            // No other turn of the FX thread ran in between: the key and its preview reach the screen in one frame.
            return pane.renderCountProperty().get() == before + 1 ? pane.bodyHtml() : "not shown yet";
        }).get();

        assertTrue(shown.contains("first, then more"), shown);
    }

    @Test
    void onlyTheChangedBlockIsReplaced() throws Exception {
        render("# Plan\n\nfirst\n\nsecond");
        js("document.querySelector('h1').goalbookTestMarker = 'kept'");

        render("# Plan\n\nfirst\n\nsecond, edited");

        assertEquals("kept", js("document.querySelector('h1').goalbookTestMarker"));
        assertTrue(bodyHtml().contains("second, edited"));
    }

    @Test
    void typingNearTheTopKeepsTheBlocksBelowAndTheirTaskBoxesTickTheRightLine() throws Exception {
        String before = "# Plan\n\nfirst\n\n- [ ] learn Rust\n- [ ] learn Go\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nlast";
        String after = before.replace("first", "first, then more");
        render(before);
        js("document.querySelector('ul').goalbookTestMarker = 'kept'");

        render(after);

        assertEquals("kept", js("document.querySelector('ul').goalbookTestMarker"));
        // The page notes the move and writes it into the attributes once they are read: a click is such a read.
        clickOn(centreOf("ul li:nth-child(2) input"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !toggled.isEmpty());
        assertEquals(List.of(after.indexOf("- [ ] learn Go")), toggled);
        assertEquals(offsetsOf(new PreviewRenderer().render(after)),
                js("Array.prototype.map.call(document.querySelectorAll('[data-pos],[data-task]'),"
                        + " function (e) { return e.getAttribute('data-pos') + ':' + e.getAttribute('data-task'); })"
                        + ".join(' ')"));
    }

    @Test
    void thePagesHtmlAfterSeveralMovesIsAFreshRendersHtml() throws Exception {
        String note = "# Plan\n\nfirst\n\n- [ ] learn Rust\n\nmiddle\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nlast";
        render(note);
        for (String typed : List.of("first, then", "first, then more", "first", "fir")) {
            note = note.replaceFirst("fir[^\n]*", typed);
            render(note);
        }

        assertEquals(offsetsOf(new PreviewRenderer().render(note)), offsetsOf(bodyHtml()));
    }

    /** The offsets a fresh page shows for this HTML, in document order, as "data-pos:data-task" pairs. */
    private static String offsetsOf(String html) {
        return org.jsoup.Jsoup.parseBodyFragment(html).body().select("[data-pos],[data-task]").stream()
                .map(e -> (e.hasAttr("data-pos") ? e.attr("data-pos") : "null") + ":"
                        + (e.hasAttr("data-task") ? e.attr("data-task") : "null"))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    @Test
    void scrollPositionSurvivesAnEditNearTheBottom() throws Exception {
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            note.append("Paragraph ").append(i).append(" of a long note.\n\n");
        }
        render(note.toString());
        js("window.scrollTo(0, 1500)");
        assertEquals(1500, ((Number) js("window.scrollY")).intValue());

        render(note + "A new last line");

        assertEquals(1500, ((Number) js("window.scrollY")).intValue());
        assertTrue(bodyHtml().contains("A new last line"));
    }

    @Test
    void scrollToSourceOffsetBringsThatBlockIntoView() throws Exception {
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            note.append("Paragraph ").append(i).append(".\n\n");
        }
        render(note.toString());
        int offset = note.indexOf("Paragraph 150.") + 3;

        interact(() -> pane.scrollToSourceOffset(offset));

        double top = ((Number) js("document.querySelectorAll('p')[150].getBoundingClientRect().top")).doubleValue();
        assertTrue(((Number) js("window.scrollY")).intValue() > 0);
        assertTrue(top >= 0 && top < 50, "paragraph 150 is at the top of the view, not at " + top);
    }

    @Test
    void aBlockAlreadyInViewIsNotScrolledTo() throws Exception {
        String note = paragraphs(200);
        render(note);
        js("window.scrollTo(0, 100)");
        interact(() -> pane.scrollToSourceOffset(note.indexOf("Paragraph 8.")));
        assertEquals(100, ((Number) js("window.scrollY")).intValue(), "paragraph 8 was in view: no jump");
    }

    @Test
    void aHandScrollIsNotUndoneByTheNextKeyButMovingToAnotherBlockFollows() throws Exception {
        String note = paragraphs(200);
        render(note);
        int typing = note.indexOf("Paragraph 150.") + 5;
        interact(() -> pane.scrollToSourceOffset(typing));
        int following = ((Number) js("window.scrollY")).intValue();
        assertTrue(following > 0, "the caret's paragraph was brought into view");

        js("window.scrollTo(0, 300)"); // the user scrolls up to read something
        interact(() -> pane.scrollToSourceOffset(typing + 1));
        interact(() -> pane.scrollToSourceOffset(typing + 2));
        assertEquals(300, ((Number) js("window.scrollY")).intValue(), "typing on did not scroll back");

        interact(() -> pane.scrollToSourceOffset(note.indexOf("Paragraph 180.")));
        double top = ((Number) js("document.querySelectorAll('p')[180].getBoundingClientRect().top")).doubleValue();
        assertTrue(top >= 0 && top < 400, "the caret went to another paragraph: followed, at " + top);
    }

    private static String paragraphs(int count) {
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < count; i++) {
            note.append("Paragraph ").append(i).append(".\n\n");
        }
        return note.toString();
    }

    @Test
    void aLinkClickOpensTheBrowserAndThePreviewStays() throws Exception {
        render("See [the site](https://ok.example/page) for more.");
        js("window.goalbookTestMarker = 'still here'");

        clickOn(centreOf("a"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !opened.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("https://ok.example/page"), opened);
        assertEquals("", WaitForAsyncUtils.asyncFx(() -> webView().getEngine().getLocation()).get());
        assertEquals("still here", js("window.goalbookTestMarker"));
    }

    @Test
    void anAnchorLinkScrollsWithinThePreview() throws Exception {
        StringBuilder note = new StringBuilder("[Books](#books)\n\n");
        for (int i = 0; i < 150; i++) {
            note.append("Paragraph ").append(i).append(".\n\n");
        }
        render(note + "### Books\n\nThe list.");

        clickOn(centreOf("a"));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(((Number) js("window.scrollY")).intValue() > 1000);
        assertTrue(opened.isEmpty());
        assertEquals("", WaitForAsyncUtils.asyncFx(() -> webView().getEngine().getLocation()).get());
    }

    @Test
    void aTaskClickReportsItsItemsOffsetAndLeavesTheBoxAlone() throws Exception {
        String note = "Plan\n\n- [ ] first\n- [ ] second\n";
        render(note);

        clickOn(centreOf("input[data-task='" + note.indexOf("- [ ] second") + "']"));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !toggled.isEmpty());
        assertEquals(List.of(note.indexOf("- [ ] second")), toggled);
        assertEquals(false, js("document.querySelectorAll('input')[1].checked"));
    }

    @Test
    void theWindowTicksTheSourceAndTheNextRenderShowsTheBoxTicked() throws Exception {
        String[] note = tickingNote("Plan\n\n- [ ] learn Rust\n");

        tickFirstBox();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Plan\n\n- [x] learn Rust\n", note[0]);
        assertEquals(true, js("document.querySelector('input').checked"));
    }

    @Test
    void navigatingAwayRestoresThePreview() throws Exception {
        render("Still **here**");

        interact(() -> webView().getEngine().executeScript("location.href = 'about:blank#elsewhere'"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bodyHtml().contains("<strong>here</strong>")
                && "".equals(webView().getEngine().getLocation()));

        assertEquals("", WaitForAsyncUtils.asyncFx(() -> webView().getEngine().getLocation()).get());
    }

    @Test
    void themeAndFontSizeComeFromTheUserStyleSheet() throws Exception {
        render("Text");
        interact(() -> {
            pane.setDarkTheme(true);
            pane.setFontSize(20);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "rgb(13, 17, 23)".equals(js("getComputedStyle(document.body).backgroundColor")));

        assertEquals("20px", js("getComputedStyle(document.body).fontSize"));
        interact(() -> pane.setDarkTheme(false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "rgb(255, 255, 255)".equals(js("getComputedStyle(document.body).backgroundColor")));
    }

    private void render(String markdown) throws TimeoutException {
        int before = pane.renderCountProperty().get();
        interact(() -> pane.setMarkdown(markdown));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.renderCountProperty().get() > before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String bodyHtml() throws Exception {
        return WaitForAsyncUtils.asyncFx(pane::bodyHtml).get();
    }

    private Object js(String script) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> webView().getEngine().executeScript(script)).get();
    }

    /** Shows a note whose box clicks tick its source and render it again, as the window does; returns its text. */
    private String[] tickingNote(String text) throws Exception {
        PreviewRenderer renderer = new PreviewRenderer();
        String[] note = {text};
        interact(() -> pane.setOnTaskToggled(offset -> {
            note[0] = TaskToggle.toggle(renderer.parse(note[0]), offset);
            pane.setMarkdown(note[0]);
        }));
        render(note[0]);
        return note;
    }

    /** Clicks the first task box and waits for the render its tick causes. */
    private void tickFirstBox() throws Exception {
        int before = pane.renderCountProperty().get();
        clickOn(centreOf("input"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pane.renderCountProperty().get() > before);
    }

    private WebView webView() {
        return lookup(".web-view").queryAs(WebView.class);
    }

    @Test
    void afterATickTheOtherTaskBoxesAreStillDrawn() throws Exception {
        tickingNote("Plan\n\n- [ ] first\n- [ ] second\n- [ ] third\n");

        tickFirstBox();
        moveTo(WaitForAsyncUtils.asyncFx(() -> webView().localToScreen(590, 390)).get()); // over no box
        WaitForAsyncUtils.waitForFxEvents();
        sleep(300);

        javafx.scene.image.Image shot = WaitForAsyncUtils.asyncFx(() -> webView().snapshot(null, null)).get();
        for (int box = 0; box < 3; box++) {
            String rect = (String) js("(function(r){return r.left + ',' + r.top + ',' + r.width + ',' + r.height;})"
                    + "(document.querySelectorAll('input')[" + box + "].getBoundingClientRect())");
            String[] r = rect.split(",");
            assertTrue(drawnIn(shot, Double.parseDouble(r[0]), Double.parseDouble(r[1]), Double.parseDouble(r[2]),
                    Double.parseDouble(r[3])), "task box " + (box + 1) + " is drawn at " + rect);
        }
    }

    /** Whether anything but the page's background colour shows inside this rectangle of the picture. */
    private static boolean drawnIn(javafx.scene.image.Image shot, double x, double y, double w, double h) {
        javafx.scene.paint.Color background = shot.getPixelReader().getColor(1, 1);
        for (int px = (int) x; px < x + w && px < shot.getWidth(); px++) {
            for (int py = (int) y; py < y + h && py < shot.getHeight(); py++) {
                javafx.scene.paint.Color c = shot.getPixelReader().getColor(px, py);
                double distance = Math.abs(c.getRed() - background.getRed())
                        + Math.abs(c.getGreen() - background.getGreen()) + Math.abs(c.getBlue() - background.getBlue());
                if (distance > 0.3) {
                    return true;
                }
            }
        }
        return false;
    }

    private Point2D centreOf(String selector) throws Exception {
        String rect = (String) js("(function(r){return r.left + r.width / 2 + ',' + (r.top + r.height / 2);})"
                + "(document.querySelector(\"" + selector + "\").getBoundingClientRect())");
        String[] xy = rect.split(",");
        return WaitForAsyncUtils.asyncFx(() -> webView().localToScreen(Double.parseDouble(xy[0]),
                Double.parseDouble(xy[1]))).get();
    }
}
