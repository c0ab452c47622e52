package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.input.KeyCode;

import org.fxmisc.richtext.CodeArea;
import org.goalbook.store.ImmutableFiles;
import org.goalbook.ui.editor.EditorPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Typed notes are written by the session's writer thread, not the FX thread
 * (docs/decisions/notes-saved-off-the-fx-thread.md); switching node and closing still store every character, and a
 * write that fails warns as before and keeps the text.
 */
class NotesSavedOffTheFxThreadTest extends SampleWindowTest {
    @Test
    void theStoreWriteOfTypedNotesDoesNotRunOnTheFxThread(FxRobot robot) {
        List<Boolean> onFx = new CopyOnWriteArrayList<>();
        robot.interact(() -> fixture.window.session().afterEachWrite(() -> onFx.add(Platform.isFxApplicationThread())));
        fixture.select(robot, sample.spa);
        robot.clickOn("#" + EditorPane.EDITOR_ID).write("web workers");

        WindowFixture.waitUntil(() -> !onFx.isEmpty());
        assertEquals(List.of(false), List.copyOf(onFx).subList(0, 1));
        assertFalse(onFx.contains(true), "no write of typed notes on the FX thread: " + onFx);
        assertEquals("web workers", fixture.storedAfterClose(robot).get(sample.spa).notes());
    }

    @Test
    void typingInAMegabytePageThenSwitchingNodeAndClosingStoresEveryCharacter(FxRobot robot) {
        robot.interact(() -> fixture.window.session().saveNotes(sample.log, sample.logGrownTo(1_000_000)));
        fixture.select(robot, sample.log);
        robot.clickOn("#" + EditorPane.EDITOR_ID).push(KeyCode.CONTROL, KeyCode.HOME).push(KeyCode.END);
        robot.write("first words").sleep(400).write(" and more");
        AtomicReference<String> typed = new AtomicReference<>();
        robot.interact(() -> {
            typed.set(editor(robot).getText());
            fixture.window.tree().select(sample.spa);
        });
        assertTrue(typed.get().contains("first words and more"), typed.get().substring(0, 80));
        assertEquals(typed.get(), fixture.storedAfterClose(robot).get(sample.log).notes());
    }

    @Test
    void aWriteThatFailsWarnsKeepsTheTextAndIsStoredOnceWritingWorks(FxRobot robot) throws Exception {
        fixture.select(robot, sample.spa);
        robot.clickOn("#" + EditorPane.EDITOR_ID).write("warm up"); // the day's backup comes with the first write
        WindowFixture.waitUntil(() -> fixture.window.session().search("warm").size() == 1);
        assumeTrue(ImmutableFiles.setNotebook(true, fixture.notebook),
                "cannot make the notebook unwritable here (chattr +i)");
        try {
            robot.write(" and web workers");
            WindowFixture.waitUntil(() -> fixture.window.status().message().startsWith("Notes not stored yet: "));
            assertEquals("warm up and web workers", editor(robot).getText());
            WindowFixture.waitUntil(() -> WindowFixture.dialog(robot, "errorDialog") != null);
            javafx.scene.control.DialogPane alert = WindowFixture.dialog(robot, "errorDialog");
            assertTrue(alert.getContentText().endsWith("\n\nYour text stays in the editor; Goalbook tries again as you "
                    + "type. Free some disk space or copy the text somewhere safe."), alert.getContentText());
            robot.interact(() -> ((javafx.scene.control.Button) alert.lookupButton(
                    javafx.scene.control.ButtonType.OK)).fire());
        } finally {
            ImmutableFiles.setNotebook(false, fixture.notebook);
        }
        // As before the writes left the FX thread: changing the selection tries again, without a keystroke.
        List<Boolean> written = new CopyOnWriteArrayList<>();
        robot.interact(() -> fixture.window.session().afterEachWrite(() -> written.add(true)));
        robot.interact(() -> fixture.window.tree().select(sample.next));
        WindowFixture.waitUntil(() -> !written.isEmpty());
        assertEquals("warm up and web workers", fixture.storedAfterClose(robot).get(sample.spa).notes());
    }

    private static CodeArea editor(FxRobot robot) {
        return robot.lookup("#" + EditorPane.EDITOR_ID).queryAs(CodeArea.class);
    }
}
