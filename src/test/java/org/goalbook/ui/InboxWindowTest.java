package org.goalbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The inbox window: clip the user's newsletter, filter, triage with single keys and in bulk, undo. */
class InboxWindowTest extends SampleWindowTest {

    private List<InboxEntry> stored() {
        return fixture.window.session().inboxProperty().get();
    }

    @SuppressWarnings("unchecked")
    private TableView<InboxEntry> table(FxRobot robot) {
        return robot.lookup("#inboxTable").queryAs(TableView.class);
    }

    private void clipNewsletter(FxRobot robot) {
        fixture.dialogs.answer(SharedFixtures.path("devops-weekly.txt"));
        robot.interact(() -> fixture.window.inbox().clip().clipFile());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clippingShowsTheEntriesAndTheSectionFilterNarrowsThem(FxRobot robot) {
        clipNewsletter(robot);

        assertThat(table(robot).getItems()).hasSize(11);
        assertThat(robot.lookup("#inboxMessage").queryLabeled().getText())
                .isEqualTo("Clipped 11 entries from devops-weekly.");

        robot.interact(() -> robot.lookup("#inboxSection").queryAs(ComboBox.class).setValue("Tools"));

        assertThat(table(robot).getItems()).extracting(InboxEntry::title)
                .containsExactly("opstrace/opstrace", "replicate/replicate", "dragonflyoss/image-service");
    }

    @Test
    void singleKeysTriageTheSelectedEntryAndUndoPutsItBack(FxRobot robot) {
        clipNewsletter(robot);
        Node frameworks = fixture.window.session().outline().get(sample.frameworks);
        robot.interact(() -> {
            robot.lookup("#inboxSection").queryAs(ComboBox.class).setValue("Tools");
            robot.lookup("#inboxUnder").queryAs(ComboBox.class).setValue(frameworks);
            table(robot).getSelectionModel().clearAndSelect(1);
            table(robot).requestFocus();
        });

        robot.type(KeyCode.E); // replicate/replicate becomes an explore item under App Frameworks

        assertThat(fixture.window.session().outline().children(sample.frameworks)).anySatisfy(line -> {
            assertThat(line.kind()).isEqualTo(NodeKind.STANCE_LINE);
            assertThat(fixture.window.session().outline().children(line.id())).extracting(Node::name)
                    .contains("replicate/replicate");
        });
        assertThat(stored().get(9).status()).isEqualTo(InboxStatus.EXPLORED);
        assertThat(table(robot).getItems()).extracting(InboxEntry::title)
                .containsExactly("opstrace/opstrace", "dragonflyoss/image-service");

        robot.type(KeyCode.L); // the next one, now selected, goes to Future Research

        assertThat(fixture.window.session().outline().roots()).extracting(Node::name).contains("Future Research");
        assertThat(stored().get(10).status()).isEqualTo(InboxStatus.LATER);

        robot.push(KeyCode.CONTROL, KeyCode.Z);

        assertThat(stored().get(10).status()).isEqualTo(InboxStatus.NEW);
        assertThat(fixture.window.session().outline().roots()).extracting(Node::name).doesNotContain("Future Research");
        assertThat(table(robot).getItems()).extracting(InboxEntry::title)
                .containsExactly("opstrace/opstrace", "dragonflyoss/image-service");
    }

    @Test
    void dismissingSeveralAtOnceIsOneUndoStep(FxRobot robot) {
        clipNewsletter(robot);
        robot.interact(() -> {
            table(robot).getSelectionModel().selectRange(0, 4); // the sponsor and three news posts
            table(robot).requestFocus();
        });

        robot.type(KeyCode.D);

        assertThat(stored()).extracting(InboxEntry::status).containsExactly(InboxStatus.DISMISSED,
                InboxStatus.DISMISSED, InboxStatus.DISMISSED, InboxStatus.DISMISSED, InboxStatus.NEW, InboxStatus.NEW,
                InboxStatus.NEW, InboxStatus.NEW, InboxStatus.NEW, InboxStatus.NEW, InboxStatus.NEW);
        assertThat(table(robot).getItems()).hasSize(7);

        robot.push(KeyCode.CONTROL, KeyCode.Z);

        assertThat(stored()).extracting(InboxEntry::status).containsOnly(InboxStatus.NEW);
        assertThat(table(robot).getItems()).hasSize(11);
    }

    @Test
    void theDismissButtonSelectsTheNextEntryAndUndoSelectsTheEntryItPutBack(FxRobot robot) {
        clipNewsletter(robot);
        InboxEntry third = table(robot).getItems().get(2);
        InboxEntry fourth = table(robot).getItems().get(3);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(2));

        robot.clickOn("#inboxDismiss");

        assertThat(table(robot).getSelectionModel().getSelectedItems()).containsExactly(fourth);
        assertThat(robot.lookup("#inboxCount").queryLabeled().getText()).isEqualTo("10 new");

        robot.push(KeyCode.CONTROL, KeyCode.Z);

        assertThat(table(robot).getItems().get(2).title()).isEqualTo(third.title());
        assertThat(table(robot).getSelectionModel().getSelectedIndices()).containsExactly(2);
        assertThat(robot.lookup("#inboxCount").queryLabeled().getText()).isEqualTo("11 new");
    }

    @Test
    void aTriageFarDownALongInboxKeepsTheRowsInView(FxRobot robot) {
        List<InboxEntry> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String url = "https://example.org/post/" + i;
            many.add(new InboxEntry(0, "Post " + i, url, List.of(url), "", "News", "Weekly", null, false,
                    InboxStatus.NEW, null));
        }
        robot.interact(() -> {
            fixture.window.session().addToInbox(many);
            fixture.window.inbox().show();
        });
        robot.interact(() -> {
            table(robot).scrollTo(400);
            table(robot).getSelectionModel().clearAndSelect(405);
            table(robot).requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        int top = firstVisibleRow(robot);
        assertThat(top).isBetween(395, 405);

        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table(robot).getSelectionModel().getSelectedItem().title()).isEqualTo("Post 406");
        assertThat(firstVisibleRow(robot)).isEqualTo(top);
        assertThat(robot.lookup("#inboxCount").queryLabeled().getText()).isEqualTo("999 new");
    }

    private static int firstVisibleRow(FxRobot robot) {
        javafx.scene.control.skin.VirtualFlow<?> flow = robot.lookup("#inboxTable .virtual-flow")
                .queryAs(javafx.scene.control.skin.VirtualFlow.class);
        return flow.getFirstVisibleCell().getIndex();
    }
}
