package org.goalbook.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.store.NotebookStore;
import org.goalbook.ui.dialogs.PropertiesDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File › Notebook properties… on the user's journal: its front matter as fields, stored at once, exported. */
class PropertiesWindowTest extends JournalWindowTest {
    /** Runs before the window is cleaned up (JUnit runs a subclass's {@code @AfterEach} first). */
    @AfterEach
    void closeOpenDialog(FxRobot robot) {
        closeDialog(robot);
    }

    @Test
    void theFieldsShowTheJournalsFrontMatterAndTheOpeningText(FxRobot robot) {
        openDialog(robot);
        assertEquals("Journal: Ending 2022-01-21", field(robot, "title"));
        assertEquals("EdPike365", field(robot, "author"));
        assertEquals("draft", field(robot, "status"));
        assertEquals("2022-01-21T22:12:03.284Z", field(robot, "date"));
        assertEquals("edpike365, DevOps, Full Stack, SRE, SynBio", field(robot, "tags"));
        assertThat(node(robot, PropertiesDialog.OPENING_ID, TextArea.class).getText())
                .contains("[Log](#log-lifo) | [Articles](#articles)");
    }

    @Test
    void anEditIsStoredAtOnceSurvivesAReopenAndIsOneLineOfTheExport(FxRobot robot) {
        openDialog(robot);
        TextField status = node(robot, PropertiesDialog.fieldId("status"), TextField.class);
        robot.interact(() -> {
            status.setText("published");
            status.fireEvent(new javafx.event.ActionEvent());
        });
        assertEquals("published", fixture.window.session().properties().status(), "stored on Enter, dialog open");
        TextField tags = node(robot, PropertiesDialog.fieldId("tags"), TextField.class);
        robot.interact(() -> {
            tags.requestFocus();
            tags.setText("edpike365, DevOps, Full Stack, SRE, SynBio, Edge ML");
        });
        closeDialog(robot);
        assertThat(fixture.window.model().notice().get()).isEqualTo("Stored the notebook's tags.");
        fixture.cleanUp(robot);
        try (NotebookStore store = NotebookStore.open(fixture.notebook)) {
            assertEquals("published", store.meta().status());
            assertEquals(journal.replace("status: draft\n", "status: published\n")
                    .replace("  - SynBio\n", "  - SynBio\n  - \"Edge ML\"\n"), JournalExporter.write(store.notebook()));
        }
    }

    @Test
    void theOpeningTextIsEditedThereAndExportedWhereItWas(FxRobot robot) {
        openDialog(robot);
        TextArea opening = node(robot, PropertiesDialog.OPENING_ID, TextArea.class);
        robot.interact(() -> opening.setText(opening.getText().replace("[Future Research](#future-research)",
                "[Future Research](#future-research) | [Report](#upskilling)")));
        closeDialog(robot);
        assertEquals(journal.replace("[Future Research](#future-research)\n",
                "[Future Research](#future-research) | [Report](#upskilling)\n"),
                JournalExporter.write(fixture.window.session().notebook()));
    }

    @Test
    void searchingATagSaysThePropertiesMatch(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("SynBio");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.model().notice().get()).isEqualTo("No match for \"SynBio\" in the tree. The "
                + "notebook properties match (tags: edpike365, DevOps, Full Stack, SRE, [SynBio]): "
                + "File › Notebook properties…");
    }

    private void openDialog(FxRobot robot) {
        Platform.runLater(fixture.window.commands()::showProperties);
        WindowFixture.waitUntil(() -> WindowFixture.dialog(robot, PropertiesDialog.ID) != null);
    }

    private void closeDialog(FxRobot robot) {
        if (WindowFixture.dialog(robot, PropertiesDialog.ID) == null) {
            return;
        }
        robot.interact(() -> ((Button) WindowFixture.showingDialog(PropertiesDialog.ID).lookupButton(ButtonType.CLOSE)).fire());
        WindowFixture.waitUntil(() -> WindowFixture.dialog(robot, PropertiesDialog.ID) == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String field(FxRobot robot, String key) {
        return node(robot, PropertiesDialog.fieldId(key), TextField.class).getText();
    }

    private static <T> T node(FxRobot robot, String id, Class<T> type) {
        AtomicReference<T> found = new AtomicReference<>();
        robot.interact(() -> found.set(type.cast(WindowFixture.showingDialog(PropertiesDialog.ID).lookup("#" + id))));
        return found.get();
    }

}
