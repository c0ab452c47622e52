package org.goalbook.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import org.goalbook.model.SamplePlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A window test on the sample plan, in a notebook of its own in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
abstract class SampleWindowTest {
    @TempDir
    Path dir;
    final SamplePlan sample = new SamplePlan();
    WindowFixture fixture;

    /** TestFX looks for {@code @Start} only on the test class itself; setting the stage up here serves all. */
    @BeforeEach
    void start() throws TimeoutException {
        fixture = WindowFixture.with(dir, sample.notebook());
        FxToolkit.setupStage(fixture::start);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        fixture.cleanUp(robot);
    }
}
