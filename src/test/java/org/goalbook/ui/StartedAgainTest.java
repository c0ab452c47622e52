package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.goalbook.app.Main;
import org.goalbook.store.NotebookStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Goalbook started again on the notebook this window has open: the window comes forward, or asks about another. */
class StartedAgainTest extends SampleWindowTest {
    private StartedAgain answer;

    @AfterEach
    void stopAnswering() {
        NotebookStore.answerCallsWith(null);
    }

    @Test
    void aSecondStartOnThisNotebookBringsTheMinimisedWindowBackAndEndsQuietly(FxRobot robot) throws Exception {
        robot.interact(() -> {
            answer = StartedAgain.listen(stage(), fixture.window);
            stage().setIconified(true);
        });
        assertTrue(stage().isIconified());

        Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--notebook", fixture.notebook.toString()).redirectErrorStream(true).start();
        try {
            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second start ended");
            String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, second.exitValue(), said);
            assertEquals("", said);
        } finally {
            second.destroyForcibly();
        }
        WindowFixture.waitUntil(() -> !stage().isIconified());
        assertTrue(robot.lookup("#confirmDialog").tryQuery().isEmpty(), "nothing to ask: it is this notebook");
        assertEquals(fixture.notebook, fixture.window.session().path());
    }

    @Test
    void aStartOnAnotherNotebookAsksBeforeOpeningItHere(FxRobot robot) throws IOException {
        Path other = dir.resolve("other.goalbook");
        NotebookStore.open(other).close();
        robot.interact(() -> answer = StartedAgain.listen(stage(), fixture.window));

        Platform.runLater(() -> answer.show(other));
        WaitForAsyncUtils.waitForFxEvents();
        String question = robot.lookup("#confirmDialog").queryAs(DialogPane.class).getHeaderText();
        assertEquals("Open other.goalbook in this window?", question);
        robot.clickOn("Open");

        assertEquals(other, fixture.window.session().path());
    }

    @Test
    void sayingNoKeepsTheNotebookOpenHere(FxRobot robot) throws IOException {
        Path other = dir.resolve("other.goalbook");
        NotebookStore.open(other).close();
        robot.interact(() -> answer = StartedAgain.listen(stage(), fixture.window));

        Platform.runLater(() -> answer.show(other));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");

        assertEquals(fixture.notebook, fixture.window.session().path());
    }

    private Stage stage() {
        return (Stage) fixture.window.scene().getWindow();
    }
}
