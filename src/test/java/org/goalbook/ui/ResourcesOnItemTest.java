package org.goalbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;

import org.goalbook.clip.Triage;
import org.goalbook.model.InboxEntry;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** An entry attached to an item shows under the editor header: title, link, summary; the title opens the browser. */
class ResourcesOnItemTest extends SampleWindowTest {

    private InboxEntry clipAndTakeFirst(FxRobot robot) {
        fixture.dialogs.answer(SharedFixtures.path("devops-weekly.txt"));
        robot.interact(() -> fixture.window.inbox().clip().clipFile());
        WaitForAsyncUtils.waitForFxEvents();
        return fixture.window.session().inboxProperty().get().get(0);
    }

    private VBox list(FxRobot robot) {
        return robot.lookup("#resources").queryAs(VBox.class);
    }

    @Test
    void anAttachedLinkShowsOnItsItemAndOpensInTheBrowser(FxRobot robot) {
        InboxEntry entry = clipAndTakeFirst(robot);
        robot.interact(() -> fixture.window.model().select(sample.frameworks));
        assertThat(list(robot).isVisible()).isFalse();

        robot.interact(() -> fixture.window.session().edit(o -> Triage.attach(o, entry, sample.frameworks)));

        assertThat(list(robot).isVisible()).isTrue();
        assertThat(robot.from(list(robot)).lookup(".resource-url").queryLabeled().getText()).isEqualTo(entry.url());
        assertThat(robot.from(list(robot)).lookup(".resource-summary").queryLabeled().getText())
                .isEqualTo(entry.summary());
        Hyperlink title = robot.from(list(robot)).lookup(".resource-title").queryAs(Hyperlink.class);
        assertThat(title.getText()).isEqualTo(entry.title());

        robot.interact(title::fire); // the inbox window may stand over the main one; fire() is what a click does

        assertThat(fixture.links).containsExactly(entry.url());
    }

    @Test
    void anotherItemShowsNoneAndUndoTakesTheLinkAway(FxRobot robot) {
        InboxEntry entry = clipAndTakeFirst(robot);
        robot.interact(() -> {
            fixture.window.session().edit(o -> Triage.attach(o, entry, sample.frameworks));
            fixture.window.model().select(sample.consultant);
        });
        assertThat(list(robot).isVisible()).isFalse();

        robot.interact(() -> fixture.window.model().select(sample.frameworks));
        assertThat(robot.from(list(robot)).lookup(".resource-title").queryAll()).hasSize(1);

        robot.interact(() -> fixture.window.session().undo());

        assertThat(list(robot).isVisible()).isFalse();
        assertThat(robot.from(list(robot)).lookup(".resource-title").<Labeled>queryAll()).isEmpty();
    }
}
