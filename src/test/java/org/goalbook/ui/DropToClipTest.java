package org.goalbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.Toolkit;

import org.goalbook.model.InboxEntry;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A file dropped on the main window or on the inbox window is clipped like File › Clip newsletter…. The headless
 * platform (Monocle) has no system drag and drop, so the test fires the drop event a drag would end in, carrying a
 * dragboard with the file on it; the DRAG_OVER acceptance cannot be fired that way (a local dragboard has no
 * transfer modes) and is not covered here.
 */
class DropToClipTest extends SampleWindowTest {

    private static void drop(Scene scene, Path file) {
        Dragboard board = DragboardHelper.createDragboard(Toolkit.getToolkit().createLocalClipboard());
        board.setContent(Map.of(DataFormat.FILES, List.of(file.toFile())));
        DragEvent dropped = new DragEvent(DragEvent.DRAG_DROPPED, board, 10, 10, 10, 10, TransferMode.COPY, null,
                null, null);
        Event.fireEvent(scene.getRoot(), dropped);
    }

    private List<InboxEntry> stored() {
        return fixture.window.session().inboxProperty().get();
    }

    @Test
    void aNewsletterDroppedOnTheMainWindowIsClippedAndTheInboxShowsIt(FxRobot robot) {
        Scene main = robot.window(0).getScene();

        robot.interact(() -> drop(main, SharedFixtures.path("devops-weekly.txt")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored()).hasSize(11);
        assertThat(robot.lookup("#inboxTable").queryAs(TableView.class).getItems()).hasSize(11);
    }

    @Test
    void aFileDroppedOnTheInboxWindowIsClippedAndABinaryOneIsRefusedWithAMessage(FxRobot robot) throws Exception {
        robot.interact(() -> fixture.window.inbox().show());
        Window inbox = robot.lookup("#inboxTable").queryAs(TableView.class).getScene().getWindow();
        Path binary = dir.resolve("photo.png");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});

        robot.interact(() -> drop(inbox.getScene(), binary));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored()).isEmpty();
        assertThat(fixture.window.model().notice().get()).startsWith("Nothing clipped:");

        robot.interact(() -> drop(inbox.getScene(), SharedFixtures.path("devops-weekly.txt")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stored()).hasSize(11);
    }
}
