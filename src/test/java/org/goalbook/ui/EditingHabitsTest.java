package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import javafx.scene.control.IndexRange;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;

import org.goalbook.ui.editor.EditorPane;
import org.goalbook.ui.editor.NotesArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Markdown editor's keys, typed as a user types them: keys in, text out. */
class EditingHabitsTest extends SampleWindowTest {
    @BeforeEach
    void typeIntoAnEmptyNote(FxRobot robot) {
        robot.interact(() -> fixture.window.tree().select(sample.spa));
        robot.clickOn("#" + EditorPane.EDITOR_ID);
    }

    @Test
    void enterContinuesATaskListAndEndsItOnAnEmptyItem(FxRobot robot) {
        robot.write("- [ ] one");
        robot.type(KeyCode.ENTER);
        robot.write("two");
        robot.type(KeyCode.ENTER);
        assertEquals("- [ ] one\n- [ ] two\n- [ ] ", text(robot), "the next item gets an empty box");
        robot.type(KeyCode.ENTER);
        robot.write("after");
        assertEquals("- [ ] one\n- [ ] two\nafter", text(robot), "Enter on the empty item ended the list");
    }

    @Test
    void enterCountsANumberedList(FxRobot robot) {
        robot.write("1. first");
        robot.type(KeyCode.ENTER);
        robot.write("second");
        assertEquals("1. first\n2. second", text(robot));
    }

    @Test
    void tabAndShiftTabIndentAndOutdentAListItem(FxRobot robot) {
        robot.write("- topic");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.TAB);
        robot.write("sub-point");
        assertEquals("- topic\n  - sub-point", text(robot));
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertEquals("- topic\n- sub-point", text(robot));
        robot.write("!");
        assertEquals("- topic\n- sub-point!", text(robot), "the caret stayed where it was in the text");
    }

    @Test
    void ctrlBAndCtrlIWrapTheSelectionAndUnwrapIt(FxRobot robot) {
        robot.write("hooks");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.CONTROL, KeyCode.B);
        assertEquals("**hooks**", text(robot));
        robot.push(KeyCode.CONTROL, KeyCode.B);
        assertEquals("hooks", text(robot), "a second Ctrl+B takes the marks off");
        robot.push(KeyCode.CONTROL, KeyCode.I);
        assertEquals("*hooks*", text(robot), "Ctrl+I in the editor is italic (elsewhere it imports)");
    }

    @Test
    void ctrlKMakesALinkOfTheSelection(FxRobot robot) {
        robot.write("Remix");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.CONTROL, KeyCode.K);
        robot.write("https://remix.run/");
        assertEquals("[Remix](https://remix.run/)", text(robot));
    }

    @Test
    void pastingALinkOverSelectedTextMakesAMarkdownLink(FxRobot robot) {
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT,
                "https://kubernetes.io/docs/")));
        robot.write("read the docs");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertEquals("[read the docs](https://kubernetes.io/docs/)", text(robot));

        robot.push(KeyCode.CONTROL, KeyCode.V);
        assertEquals("[read the docs](https://kubernetes.io/docs/)https://kubernetes.io/docs/", text(robot),
                "without a selection a link is pasted as it is");
    }

    @Test
    void ctrlShiftXTogglesTheTaskBoxOnTheCaretsLine(FxRobot robot) {
        robot.write("read the SRE book");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        assertEquals("- [ ] read the SRE book", text(robot));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        assertEquals("- [x] read the SRE book", text(robot));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        assertEquals("- [ ] read the SRE book", text(robot));
    }

    @Test
    void ctrlZInTheEditorUndoesTypingNotTheTreesLastChange(FxRobot robot) {
        robot.interact(() -> fixture.window.tree().view().requestFocus());
        robot.type(KeyCode.SPACE); // ticks the item: a tree change on the notebook's undo
        WindowFixture.waitUntil(() -> fixture.window.session().outline().get(sample.spa).done());
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER); // from the tree to the notes, as the keyboard goes
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#" + EditorPane.EDITOR_ID).query().isFocused(), "the notes have the keys");
        robot.write("- a");
        robot.type(KeyCode.ENTER);
        assertEquals("- a\n- ", text(robot));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("- a", text(robot), "the list continuation is one undo step");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fixture.window.session().outline().get(sample.spa).done(), "the tick is still there");
    }

    @Test
    void theCaretsLineIsMarkedAndTheMarkFollowsTheCaret(FxRobot robot) {
        robot.write("first line");
        robot.type(KeyCode.ENTER);
        robot.write("second");
        assertEquals(new IndexRange(11, 17), caretLine(robot), "the line typed on");
        robot.type(KeyCode.UP);
        assertEquals(new IndexRange(0, 10), caretLine(robot), "the line the caret went up to");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        assertEquals(0, caretLine(robot).getLength(), "no line mark under a selection");
        robot.type(KeyCode.END);

        String words = "a long paragraph that wraps onto several lines in the editor ".repeat(8).trim();
        robot.interact(() -> area(robot).replaceText(words));
        robot.interact(() -> area(robot).moveTo(words.length()));
        robot.write("!");
        IndexRange line = caretLine(robot);
        assertTrue(line.getStart() > 0 && line.getEnd() == words.length() + 1,
                "only the wrapped line that holds the caret is marked: " + line);
    }

    private static IndexRange caretLine(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return area(robot).caretLine();
    }

    private static NotesArea area(FxRobot robot) {
        return robot.lookup("#" + EditorPane.EDITOR_ID).queryAs(NotesArea.class);
    }

    private static String text(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + EditorPane.EDITOR_ID).queryAs(NotesArea.class).getText();
    }
}
