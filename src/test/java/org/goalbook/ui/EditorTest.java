package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;

import org.fxmisc.richtext.CodeArea;
import org.goalbook.model.Stance;
import org.goalbook.ui.editor.EditorPane;
import org.goalbook.ui.editor.WebPreview;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The header and the notes editor: what the user types is stored without a Save. */
class EditorTest extends SampleWindowTest {
    @Test
    void selectingANodeShowsItsPathNotesStanceAndDoneBox(FxRobot robot) {
        fixture.select(robot, sample.golang);
        assertEquals("2023 › Master GoLang", robot.lookup("#" + EditorPane.BREADCRUMB_ID).queryAs(Label.class)
                .getText());
        assertEquals("## Notes\n- tour of Go\n", editor(robot).getText());
        assertTrue(robot.lookup("#" + EditorPane.STANCE_ID).queryAs(ComboBox.class).isDisabled(),
                "a goal has no stance");

        fixture.select(robot, sample.log);
        assertEquals("### Log (LIFO)\n\n- [ ] read the Kubernetes book\n", editor(robot).getText(),
                "a page shows its whole text");
        assertFalse(robot.lookup("#" + EditorPane.DONE_ID).queryAs(CheckBox.class).isVisible());
    }

    @Test
    void theNotesAreHighlightedAndAnEditRestylesItsLine(FxRobot robot) {
        fixture.select(robot, sample.golang);
        assertTrue(editor(robot).getStyleOfChar(4).contains("md-heading"), "## Notes is a heading");
        assertTrue(editor(robot).getStyleOfChar(9).contains("md-list"), "- is a list marker");

        robot.interact(() -> editor(robot).moveTo(editor(robot).getLength()));
        robot.clickOn("#" + EditorPane.EDITOR_ID);
        robot.interact(() -> editor(robot).moveTo(editor(robot).getLength()));
        robot.write("see `go vet`");
        WaitForAsyncUtils.waitForFxEvents();
        int code = editor(robot).getText().indexOf("go vet");
        assertTrue(editor(robot).getStyleOfChar(code).contains("md-code"), "typed inline code is coloured");
    }

    @Test
    void typingThatKeepsTheColoursRestylesNothing(FxRobot robot) {
        fixture.select(robot, sample.golang);
        robot.clickOn("#" + EditorPane.EDITOR_ID);
        robot.interact(() -> editor(robot).moveTo(editor(robot).getText().indexOf("Go\n") + 2));
        java.util.List<String> restyled = new java.util.ArrayList<>();
        robot.interact(() -> editor(robot).richChanges().filter(c -> c.isPlainTextIdentity())
                .subscribe(c -> restyled.add(editor(robot).getText(c.getPosition(), c.getInsertionEnd()))));

        robot.write(" twice");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("## Notes\n- tour of Go twice\n", editor(robot).getText());
        // Each restyle rebuilds the line's view: a key that changes no colour must not pay for one.
        assertEquals(java.util.List.of(), restyled, "plain words take their neighbours' colours");

        robot.write(" `vet`");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(restyled.isEmpty(), "inline code is coloured by a restyle");
        assertTrue(editor(robot).getStyleOfChar(editor(robot).getText().indexOf("vet")).contains("md-code"));
    }

    @Test
    void typedNotesAreStoredWhenTypingPauses(FxRobot robot) {
        fixture.select(robot, sample.spa);
        robot.clickOn("#" + EditorPane.EDITOR_ID).write("web workers course");

        WindowFixture.waitUntil(() -> fixture.window.session().outline().get(sample.spa).notes()
                .equals("web workers course"));
        assertEquals("web workers course", fixture.storedAfterClose(robot).get(sample.spa).notes());
    }

    @Test
    void anAreaSaysWhyItHasNoNotes(FxRobot robot) {
        fixture.select(robot, sample.frontEnd);
        assertFalse(editor(robot).isEditable());
        robot.clickOn("#" + EditorPane.EDITOR_ID).write("lost?");
        assertEquals("", editor(robot).getText(), "typing does nothing");
        Label notice = robot.lookup("#" + EditorPane.NOTICE_ID).queryAs(Label.class);
        assertTrue(notice.isVisible() && notice.getText().contains("area"),
                "the reason stays on screen while the editor has focus: " + notice.getText());

        fixture.select(robot, sample.gatsby);
        assertFalse(robot.lookup("#" + EditorPane.NOTICE_ID).queryAs(Label.class).isVisible(),
                "an item in a comma list takes notes too");
        robot.clickOn("#" + EditorPane.EDITOR_ID).write("Gatsby 5");
        WindowFixture.waitUntil(() -> fixture.window.session().outline().get(sample.gatsby).notes().equals("Gatsby 5"));
        assertFalse(fixture.window.session().outline().get(sample.gatsby).inline(), "now a bullet of its own");
    }

    @Test
    void changingTheSelectionStoresTheNotesAtOnce(FxRobot robot) {
        fixture.select(robot, sample.spa);
        robot.clickOn("#" + EditorPane.EDITOR_ID).write("a");
        robot.interact(() -> fixture.window.tree().select(sample.next));

        assertEquals("a", fixture.window.session().outline().get(sample.spa).notes(), "stored without a pause");
        assertEquals("", editor(robot).getText(), "the editor shows the newly selected item");
    }

    @Test
    void notesTypedAfterATickSurviveUndoingTheTick(FxRobot robot) {
        fixture.select(robot, sample.spa);
        robot.type(KeyCode.SPACE);
        robot.clickOn("#" + EditorPane.EDITOR_ID).write("read the docs");
        robot.interact(() -> fixture.window.tree().view().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);

        var spa = fixture.storedAfterClose(robot).get(sample.spa);
        assertFalse(spa.done());
        assertEquals("read the docs", spa.notes());
    }

    @Test
    void theHeaderSetsStanceAndDone(FxRobot robot) {
        fixture.select(robot, sample.next);
        robot.interact(() -> {
            robot.lookup("#" + EditorPane.STANCE_ID).<String>queryComboBox().setValue("Explore");
            robot.lookup("#" + EditorPane.DONE_ID).queryAs(CheckBox.class).setSelected(true);
        });
        assertEquals("Done 2022-05-01", robot.lookup("#" + EditorPane.DONE_ID).queryAs(CheckBox.class).getText(),
                "the day it was ticked is shown");

        var next = fixture.storedAfterClose(robot).get(sample.next);
        assertEquals(Stance.EXPLORE, next.stance());
        assertTrue(next.done());
    }

    @Test
    void escInTheEditorGoesBackToTheTreeAndEnterInTheTreeToTheEditor(FxRobot robot) {
        fixture.select(robot, sample.react);
        robot.type(KeyCode.ENTER);
        assertTrue(editor(robot).isFocused());
        robot.type(KeyCode.ESCAPE);
        assertTrue(fixture.window.tree().view().isFocused());
    }

    @Test
    void thePreviewFollowsTheTyping(FxRobot robot) {
        fixture.select(robot, sample.spa);
        robot.clickOn("#" + EditorPane.EDITOR_ID).write("Read **Eloquent JavaScript**");

        WindowFixture.waitUntil(() -> preview().contains("<strong>Eloquent JavaScript</strong>"));
    }

    @Test
    void aTaskBoxClickedInThePreviewTicksThatLineAndIsStored(FxRobot robot) throws Exception {
        fixture.select(robot, sample.log);
        WindowFixture.waitUntil(() -> preview().contains("read the Kubernetes book"));
        WebView web = robot.lookup(".web-view").queryAs(WebView.class);
        String rect = WaitForAsyncUtils.asyncFx(() -> (String) web.getEngine().executeScript(
                "(function(r){return r.left + r.width / 2 + ',' + (r.top + r.height / 2);})"
                        + "(document.querySelector('input').getBoundingClientRect())")).get();
        String[] xy = rect.split(",");
        robot.clickOn(WaitForAsyncUtils.asyncFx(() -> web.localToScreen(Double.parseDouble(xy[0]),
                Double.parseDouble(xy[1]))).get());

        WindowFixture.waitUntil(() -> editor(robot).getText().contains("- [x] read the Kubernetes book"));
        assertEquals("### Log (LIFO)\n\n- [x] read the Kubernetes book\n",
                fixture.storedAfterClose(robot).get(sample.log).notes(), "stored at once, one character changed");
    }

    @Test
    void anItemsLinkIsShownOpensInTheBrowserAndCanBeChanged(FxRobot robot) {
        fixture.select(robot, sample.graphql);
        Hyperlink link = robot.lookup("#" + EditorPane.LINK_ID).queryAs(Hyperlink.class);
        assertEquals("↗ graphql.org", link.getText());
        robot.clickOn(link);
        assertEquals(java.util.List.of("https://graphql.org/"), fixture.links);

        robot.clickOn("#" + EditorPane.LINK_EDIT_ID).clickOn(".dialog-pane .text-field");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("https://graphql.org/learn/").type(KeyCode.ENTER);
        WindowFixture.waitUntil(() -> "↗ graphql.org/learn".equals(link.getText()));

        robot.clickOn("#" + EditorPane.LINK_EDIT_ID).clickOn(".dialog-pane .text-field");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("graphql learn").type(KeyCode.ENTER);
        String message = robot.lookup("#errorDialog").queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertTrue(message.contains("spaces"), message);
        robot.type(KeyCode.ENTER);

        org.goalbook.model.Node stored = fixture.storedAfterClose(robot).get(sample.graphql);
        assertEquals("https://graphql.org/learn/", stored.link(), "the refused link changed nothing");
        assertEquals("[GraphQL](https://graphql.org/learn/)", stored.name());
    }

    @Test
    void aLongPathKeepsItsYearAndTheNodeAndShortensTheMiddle(FxRobot robot) {
        robot.interact(() -> fixture.window.scene().getWindow().setWidth(880));
        fixture.select(robot, sample.graphql);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.Text shown = robot.lookup("#" + EditorPane.BREADCRUMB_ID + " .text")
                .queryAs(javafx.scene.text.Text.class);
        assertTrue(shown.getText().startsWith("2022 ›") && shown.getText().endsWith("GraphQL")
                && shown.getText().contains("…"), shown.getText());
    }

    @Test
    void viewPreviewHidesAndShowsThePreviewBesideTheNotes(FxRobot robot) {
        assertTrue(robot.lookup("#" + EditorPane.PREVIEW_ID).tryQuery().isPresent());
        robot.interact(() -> fixture.window.options().previewShown().set(false));
        assertFalse(robot.lookup("#" + EditorPane.PREVIEW_ID).tryQuery().isPresent(), "hidden");
        robot.interact(() -> fixture.window.options().previewShown().set(true));
        assertTrue(robot.lookup("#" + EditorPane.PREVIEW_ID).tryQuery().isPresent(), "shown again");
    }

    private String preview() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> ((WebPreview) fixture.window.editor().preview()).bodyHtml())
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CodeArea editor(FxRobot robot) {
        return robot.lookup("#" + EditorPane.EDITOR_ID).queryAs(CodeArea.class);
    }
}
