package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.control.Label;

import org.goalbook.model.SamplePlan;
import org.goalbook.ui.editor.EditorPane;
import org.goalbook.ui.search.SearchBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first frame shows the tree without the editor (making it loads RichTextFX) and without the search's
 * year box (its skin is costly); both join in the next frame. The editor shows what is selected by then, and the
 * search field does not move when the year box arrives.
 */
@ExtendWith(ApplicationExtension.class)
class AfterFirstFrameTest {
    @TempDir
    Path dir;
    private final SamplePlan sample = new SamplePlan();
    private WindowFixture fixture;

    @Test
    void theEditorAndTheYearBoxJoinAfterTheFirstFrameAndNothingMoves(FxRobot robot) throws TimeoutException {
        fixture = WindowFixture.with(dir, sample.notebook());
        AtomicReference<Object> editorInFirstFrame = new AtomicReference<>("not laid out");
        AtomicReference<Object> yearBoxInFirstFrame = new AtomicReference<>("not laid out");
        double[] searchFieldX = {Double.NaN};
        FxToolkit.setupStage(stage -> {
            MainWindow window = new MainWindow(stage, new Settings(fixture.prefs), fixture.dialogs,
                    new SameThreadWork(), WindowFixture.CLOCK, fixture.links::add);
            fixture.window = window;
            window.open(fixture.notebook);
            window.model().select(sample.golang);
            Runnable[] first = new Runnable[1];
            first[0] = () -> {
                window.scene().removePostLayoutPulseListener(first[0]);
                editorInFirstFrame.set(window.scene().lookup("#" + EditorPane.EDITOR_ID));
                yearBoxInFirstFrame.set(window.scene().lookup("#" + SearchBar.YEAR_ID));
                searchFieldX[0] = searchFieldX(window);
            };
            window.scene().addPostLayoutPulseListener(first[0]);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertNull(editorInFirstFrame.get(), "the first frame has no editor yet");
        assertNull(yearBoxInFirstFrame.get(), "the first frame has no year box yet");
        WindowFixture.waitUntil(() -> robot.lookup("#" + SearchBar.YEAR_ID).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        double[] after = {Double.NaN};
        robot.interact(() -> after[0] = searchFieldX(fixture.window));
        assertEquals(searchFieldX[0], after[0], 0.5, "the search field stays where it was");
        WindowFixture.waitUntil(() -> robot.lookup("#" + EditorPane.EDITOR_ID).tryQuery().isPresent());
        assertEquals("## Notes\n- tour of Go\n", fixture.window.editor().editor().getText());
        assertEquals("2023 › Master GoLang",
                robot.lookup("#" + EditorPane.BREADCRUMB_ID).queryAs(Label.class).getText());
    }

    private static double searchFieldX(MainWindow window) {
        javafx.scene.Node field = window.scene().lookup("#" + SearchBar.ID);
        return field.localToScene(field.getBoundsInLocal()).getMinX();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        if (fixture != null && fixture.window != null) {
            fixture.cleanUp(robot);
        }
    }
}
