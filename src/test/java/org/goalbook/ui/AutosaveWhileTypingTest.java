package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;

import org.fxmisc.richtext.CodeArea;
import org.goalbook.ui.editor.EditorPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Typing that never pauses is stored while it goes on, not only once it stops: a crash in the middle of a sentence
 * loses only the last moment of it. (Speed is measured in {@code bench/KillTypingBenchmark}; this only checks that a
 * steady typist's first words reach the file before the typing ends.)
 */
class AutosaveWhileTypingTest extends SampleWindowTest {
    @Test
    void steadyTypingIsStoredBeforeItStops(FxRobot robot) {
        robot.interact(() -> fixture.window.tree().select(sample.spa));
        CodeArea editor = robot.lookup("#" + EditorPane.EDITOR_ID).queryAs(CodeArea.class);
        long start = System.nanoTime();
        boolean storedWhileTyping = false;
        // Eight keystrokes a tenth of a second apart (each a change of the text, as a key press makes it): no pause
        // anywhere, and all of it within a second. Not through the robot, whose every key waits for the FX thread.
        for (int k = 0; k < 8; k++) {
            Platform.runLater(() -> editor.appendText("a"));
            robot.sleep(100);
            storedWhileTyping |= !fixture.window.session().outline().get(sample.spa).notes().isEmpty();
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertFalse(elapsedMs > 1000, "the typing took " + elapsedMs + " ms; the machine is too busy to tell");
        assertTrue(storedWhileTyping, "nothing of " + elapsedMs + " ms of steady typing was stored while it went on");
    }
}
