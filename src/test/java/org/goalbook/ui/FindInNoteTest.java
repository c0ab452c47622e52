package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.goalbook.markdown.preview.PreviewRenderer;
import org.goalbook.ui.editor.EditorPane;
import org.goalbook.ui.editor.NotesArea;
import org.goalbook.ui.editor.WebPreview;
import org.goalbook.ui.search.SearchBar;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Find and replace inside a note (its own keys: the tree search keeps Ctrl+F), and search matches marked in it. */
class FindInNoteTest extends SampleWindowTest {
    @Test
    void ctrlShiftFFindsInTheNoteAndReplaceChangesTheMatch(FxRobot robot) {
        select(robot, sample.log);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        assertTrue(robot.lookup("#findField").queryAs(TextField.class).isFocused(), "the find field has the keys");
        robot.write("book");
        assertEquals("book", area(robot).getSelectedText(), "the match is selected in the note");
        assertEquals("1 of 1", robot.lookup("#findCount").queryAs(Label.class).getText());

        robot.clickOn("#replaceField").write("guide");
        robot.type(KeyCode.ENTER);
        assertEquals("### Log (LIFO)\n\n- [ ] read the Kubernetes guide\n", text(robot));
        WindowFixture.waitUntil(() -> fixture.window.session().outline().get(sample.log).notes()
                .contains("Kubernetes guide"));
    }

    @Test
    void replaceAllIsOneUndoStepOfTheEditor(FxRobot robot) {
        select(robot, sample.golang);
        robot.push(KeyCode.CONTROL, KeyCode.H);
        robot.write("o");
        assertEquals("1 of 4", robot.lookup("#findCount").queryAs(Label.class).getText());
        robot.clickOn("#replaceField").write("0");
        robot.clickOn("All");
        assertEquals("## N0tes\n- t0ur 0f G0\n", text(robot));
        assertEquals("No match", robot.lookup("#findCount").queryAs(Label.class).getText());
        // The preview gets the replacements as edits of the text it had, and makes them all, in order.
        WindowFixture.waitUntil(() -> previewShows("## N0tes\n- t0ur 0f G0\n"));

        robot.type(KeyCode.ESCAPE);
        assertTrue(area(robot).isFocused(), "Esc goes back to the text");
        assertFalse(robot.lookup("#findBar").query().isVisible());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("## Notes\n- tour of Go\n", text(robot));
        WindowFixture.waitUntil(() -> previewShows("## Notes\n- tour of Go\n"));
    }

    /** Whether the preview shows what a whole render of this text shows, offsets included. */
    private boolean previewShows(String text) {
        try {
            String shown = WaitForAsyncUtils.asyncFx(() -> ((WebPreview) fixture.window.editor().preview())
                    .bodyHtml()).get();
            Element page = Jsoup.parseBodyFragment(shown).body();
            Element whole = Jsoup.parseBodyFragment(new PreviewRenderer().render(text)).body();
            return page.text().equals(whole.text())
                    && page.select("[data-pos]").eachAttr("data-pos").equals(whole.select("[data-pos]")
                            .eachAttr("data-pos"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theWindowSearchMarksItsMatchInTheNote(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("kube");
        select(robot, sample.log);
        WaitForAsyncUtils.waitForFxEvents();
        var drawn = robot.lookup(".note-search-match").queryAll().stream()
                .filter(n -> n.isVisible() && n.getBoundsInLocal().getWidth() > 0).toList();
        assertEquals(1, drawn.size(), "one match of \"kube\" in the Log, Kubernetes, is drawn");
        Node mark = drawn.get(0);
        double lineHeight = area(robot).getParagraphBoundsOnScreen(2).orElseThrow().getHeight();
        assertTrue(mark.localToScreen(mark.getBoundsInLocal()).getMinY() > 0 && lineHeight > 0);

        robot.clickOn("#" + SearchBar.ID);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".note-search-match").queryAll().stream()
                .noneMatch(n -> n.isVisible() && n.getBoundsInLocal().getWidth() > 0),
                "no marks once the search is cleared");
    }

    private void select(FxRobot robot, long id) {
        robot.interact(() -> {
            fixture.window.tree().select(id);
            fixture.window.tree().view().requestFocus();
        });
    }

    private static NotesArea area(FxRobot robot) {
        return robot.lookup("#" + EditorPane.EDITOR_ID).queryAs(NotesArea.class);
    }

    private static String text(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return area(robot).getText();
    }
}
