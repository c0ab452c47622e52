package org.goalbook.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import org.goalbook.markdown.JournalImporter;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A window test on the user's real journal, imported into a notebook of its own in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
abstract class JournalWindowTest {
    @TempDir
    Path dir;
    /** The journal's text as the user wrote it. */
    String journal;
    WindowFixture fixture;

    /** TestFX looks for {@code @Start} only on the test class itself; setting the stage up here serves all. */
    @BeforeEach
    void start() throws TimeoutException {
        journal = SharedFixtures.journal();
        fixture = WindowFixture.with(dir, JournalImporter.read(journal));
        FxToolkit.setupStage(fixture::start);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        fixture.cleanUp(robot);
    }
}
