package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
        if (answer != null) {
            answer.close();
        }
    }

    @Test
    void aSecondStartOnThisNotebookBringsTheMinimisedWindowBackAndEndsQuietly(FxRobot robot) throws Exception {
        robot.interact(() -> {
            answer = StartedAgain.listen(stage(), fixture.window, Optional.empty());
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
        robot.interact(() -> answer = StartedAgain.listen(stage(), fixture.window, Optional.empty()));

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
        robot.interact(() -> answer = StartedAgain.listen(stage(), fixture.window, Optional.empty()));

        Platform.runLater(() -> answer.show(other));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");

        assertEquals(fixture.notebook, fixture.window.session().path());
    }

    private static String output(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private Stage stage() {
        return (Stage) fixture.window.scene().getWindow();
    }

    @Test
    void aDesktopStartOnANotebookNobodyHasOpenIsOpenedHereWhenTheUserSaysSo(FxRobot robot) throws Exception {
        Path other = dir.resolve("other.goalbook");
        NotebookStore.open(other).close();
        // The runtime folder of the second start (XDG_RUNTIME_DIR below), with its default window socket.
        Path folder = Files.createDirectories(dir.resolve("run").resolve("goalbook"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        robot.interact(() -> answer = StartedAgain.listen(stage(), fixture.window,
                Optional.of(folder.resolve("window.socket"))));

        ProcessBuilder start = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), other.toString())
                .redirectErrorStream(true);
        start.environment().put("XDG_RUNTIME_DIR", dir.resolve("run").toString());
        start.environment().remove("DISPLAY"); // should it open a window of its own, it cannot
        Process second = start.start();
        try {
            // A JVM starting on a busy machine: more than the fixture's five seconds.
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#chooseDialog").tryQuery()
                    .map(dialog -> dialog.getScene().getWindow().isShowing()).orElse(false) || !second.isAlive());
            WaitForAsyncUtils.waitForFxEvents(); // the dialog laid out before the click
            assertTrue(second.isAlive(), () -> "the start ended without asking: " + output(second));
            assertEquals("Open other.goalbook?",
                    robot.lookup("#chooseDialog").queryAs(DialogPane.class).getHeaderText());
            robot.clickOn("Open in this window");

            assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second start ended");
            String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, second.exitValue(), said);
            assertEquals("", said);
        } finally {
            second.destroyForcibly();
        }
        assertEquals(other, fixture.window.session().path());
    }

    @Test
    void choosingANewWindowLeavesThisNotebookHereAndTellsTheStartToOpenItsOwn(FxRobot robot) throws Exception {
        Path other = dir.resolve("other.goalbook");
        NotebookStore.open(other).close();
        robot.interact(() -> answer = StartedAgain.listen(stage(), fixture.window, Optional.empty()));

        CompletableFuture<Boolean> newWindow = answer.offer(other);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Open in a new window");
        CompletableFuture<Boolean> cancelled = answer.offer(other);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");

        assertEquals(false, newWindow.get(10, TimeUnit.SECONDS), "the start opens a window of its own");
        assertEquals(true, cancelled.get(10, TimeUnit.SECONDS), "the start ends: the user did not want it");
        assertEquals(fixture.notebook, fixture.window.session().path());
    }
}
