package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;

import org.goalbook.store.NotebookStore;
import org.goalbook.store.SampleNotebook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window started on a file that is not a notebook (the last notebook, or {@code --notebook} from a desktop entry)
 * says why in a dialog, and stays usable: File › Open then opens a real notebook.
 */
@ExtendWith(ApplicationExtension.class)
class StartupRefusalTest {
    @TempDir
    Path dir;
    private WindowFixture fixture;

    @AfterEach
    void cleanUp(FxRobot robot) {
        fixture.cleanUp(robot);
    }

    @Test
    void aFileThatIsNoNotebookIsNamedInADialogAndTheWindowStaysUsable(FxRobot robot) throws Exception {
        Path text = Files.writeString(dir.resolve("journal.md"), "## My Goals in 2022\n");
        fixture = WindowFixture.on(text);
        FxToolkit.setupStage(fixture::start);
        WaitForAsyncUtils.waitForFxEvents();

        String message = robot.lookup("#errorDialog").queryAs(DialogPane.class).getContentText();
        assertTrue(message.startsWith(text + " is not a Goalbook notebook"), message);
        robot.clickOn("OK");
        assertNull(fixture.window.session());

        Path good = dir.resolve("good.goalbook");
        try (NotebookStore store = NotebookStore.open(good)) {
            store.replaceAll(SampleNotebook.notebook());
        }
        fixture.dialogs.answer(good);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        WindowFixture.waitUntil(() -> fixture.window.session() != null);
        assertEquals(good.toRealPath(), fixture.window.session().path());
    }
}
