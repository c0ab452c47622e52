package org.goalbook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.model.OutlineEdits;
import org.goalbook.ui.dialogs.RestoreDialog;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File › Restore from backup…: the backups listed with what they hold; a restore, and the restore of its undo. */
class RestoreFromBackupTest extends SampleWindowTest {

    @Test
    void aRestoreIsUndoneByRestoringTheBackupItMadeFirst(FxRobot robot) {
        String original = export();
        robot.interact(() -> fixture.window.session().edit(o -> OutlineEdits.tick(o, sample.react, true,
                LocalDate.of(2022, 5, 1))));
        String ticked = export();

        List<String> listed = openDialog(robot);
        assertEquals(1, listed.size(), "the first change of the day was backed up");
        assertEquals("Sun 1 May 2022 10:00 | daily | 1/6 items done, 2 pages", listed.get(0), "before the tick");
        restore(robot);
        assertEquals(original, export(), "the notebook as the day found it");
        assertThat(fixture.window.model().notice().get()).startsWith("Restored the backup of Sun 1 May 2022 10:00. ")
                .contains("_before-restore.goalbook: restore it to undo this.");
        assertThat(fixture.window.session().canUndoProperty().get()).isFalse();

        listed = openDialog(robot);
        assertEquals(2, listed.size());
        assertEquals("Sun 1 May 2022 10:00 | before restore | 2/6 items done, 2 pages", listed.get(0));
        restore(robot);
        assertEquals(ticked, export(), "restoring the backup made first gives back what was there");
    }

    @Test
    void aBackupThatCannotBeMadeIsOnTheStatusLineAndTheTickIsKept(FxRobot robot) throws IOException {
        Files.writeString(fixture.window.session().backupsFolder(), "a file in the way");
        robot.interact(() -> fixture.window.session().edit(o -> OutlineEdits.tick(o, sample.react, true,
                LocalDate.of(2022, 5, 1))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.model().notice().get()).startsWith("No backup was made (Cannot make the backups "
                + "folder").endsWith("the change was stored all the same.");
        assertThat(fixture.window.session().outline().get(sample.react).done()).isTrue();
    }

    /** Opens the dialog and reads its rows as "made | why | holds". */
    private List<String> openDialog(FxRobot robot) {
        Platform.runLater(fixture.window.commands()::restoreBackup);
        WindowFixture.waitUntil(() -> WindowFixture.dialog(robot, RestoreDialog.ID) != null);
        List<String> rows = new ArrayList<>();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<RestoreDialog.Choice> table = (TableView<RestoreDialog.Choice>)
                    WindowFixture.showingDialog(RestoreDialog.ID).lookup("#" + RestoreDialog.TABLE_ID);
            for (RestoreDialog.Choice c : table.getItems()) {
                rows.add(table.getColumns().stream().map(col -> String.valueOf(col.getCellData(c)))
                        .reduce((a, b) -> a + " | " + b).orElse(""));
            }
        });
        return rows;
    }

    private void restore(FxRobot robot) {
        // Pressed, not clicked: the dialog settles its size over a few pulses, so a click may miss.
        robot.interact(() -> {
            DialogPane pane = WindowFixture.showingDialog(RestoreDialog.ID);
            ButtonType restore = pane.getButtonTypes().stream().filter(b -> b.getText().equals("Restore"))
                    .findFirst().orElseThrow();
            ((Button) pane.lookupButton(restore)).fire();
        });
        WindowFixture.waitUntil(() -> WindowFixture.dialog(robot, RestoreDialog.ID) == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String export() {
        return JournalExporter.write(fixture.window.session().notebook());
    }
}
