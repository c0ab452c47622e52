package org.goalbook.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;

import org.goalbook.model.Node;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.testing.SharedFixtures;
import org.goalbook.ui.WindowFixture;
import org.goalbook.ui.tree.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Link journal file… in a real window: the file is read into an empty notebook, a tick reaches the file on
 * its own, an edit made to the file elsewhere reaches the tree in place with the selection kept, and same-line edits
 * open the conflict dialog, which resolves them.
 */
@ExtendWith(ApplicationExtension.class)
class LinkedJournalWindowTest {
    @TempDir
    Path dir;
    WindowFixture fixture;
    Path journal;
    String original;

    @BeforeEach
    void start() throws TimeoutException, IOException {
        original = SharedFixtures.journal();
        journal = Files.writeString(dir.resolve("journal-2022.md"), original, StandardCharsets.UTF_8);
        fixture = WindowFixture.with(dir, new Notebook(NotebookMeta.empty(), new Outline(List.of()), List.of()));
        FxToolkit.setupStage(fixture::start);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        fixture.cleanUp(robot);
    }

    private Node named(String name) {
        return fixture.window.session().outline().preorder().stream().filter(n -> n.name().contains(name))
                .findFirst().orElseThrow();
    }

    private String file() {
        try {
            return Files.readString(journal, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean treeShows(FxRobot robot, String text) {
        return robot.lookup(".goal-cell").match(n -> n instanceof TreeCell<?> c && c.getItem() instanceof Row r
                && text.equals(r.text())).tryQuery().isPresent();
    }

    @Test
    void aNotebookWithoutALinkedFileHasNothingToBringInStep(FxRobot robot) {
        // What the window does each time it gets the focus back.
        robot.interact(() -> fixture.window.journal().syncNow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.status().message()).isEmpty();
    }

    @Test
    void aTickReachesTheFileAndAnEditInTheFileReachesTheTreeWithTheSelectionKept(FxRobot robot) throws IOException {
        fixture.dialogs.answer(journal);
        robot.interact(() -> fixture.window.journal().link());
        assertThat(fixture.window.session().outline().size()).isEqualTo(153);
        assertThat(file()).isEqualTo(original);

        long gatsby = named("GatsbyJS").id();
        robot.interact(() -> fixture.window.model().select(gatsby));
        robot.interact(() -> fixture.window.tree().view().requestFocus());
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WindowFixture.waitUntil(() -> file().contains("GatsbyJS \u2705 2022-05-01, React"));
        assertThat(file()).isEqualTo(original.replace("GatsbyJS, React", "GatsbyJS \u2705 2022-05-01, React"));

        String edited = file().replace("[Remix](https://remix.run/)", "[Remix v2](https://remix.run/)");
        Files.writeString(journal, edited, StandardCharsets.UTF_8);
        WindowFixture.waitUntil(() -> named("Remix").name().contains("Remix v2"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.window.model().selected().id()).isEqualTo(gatsby);
        assertThat(treeShows(robot, "Remix v2")).isTrue();
        assertThat(fixture.window.session().outline().get(gatsby).done()).isTrue();
        assertThat(file()).isEqualTo(edited);

        // The merge is an ordinary edit: undo takes it back, and the file follows.
        robot.interact(() -> fixture.window.session().undo());
        WindowFixture.waitUntil(() -> file().contains("[Remix](https://remix.run/)"));
    }

    @Test
    void sameLineEditsOpenTheConflictDialogWhichKeepsTheFilesLines(FxRobot robot) throws IOException {
        fixture.dialogs.answer(journal);
        robot.interact(() -> fixture.window.journal().link());
        Files.setPosixFilePermissions(journal, PosixFilePermissions.fromString("r--r--r--"));
        long remix = named("Remix").id();
        robot.interact(() -> fixture.window.session().edit(o -> org.goalbook.model.OutlineEdits.rename(o, remix,
                "[Remix v3](https://remix.run/)")));
        WindowFixture.waitUntil(() -> fixture.window.model().notice().get().contains("cannot be written"));
        Files.setPosixFilePermissions(journal, PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(journal, original.replace("[Remix]", "[Remix v4]"), StandardCharsets.UTF_8);

        WindowFixture.waitUntil(() -> robot.lookup("#conflictDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#conflictDialog").queryAs(DialogPane.class);
        assertThat(robot.from(dialog).lookup(".notebookVersion").queryAs(TextArea.class).getText())
                .contains("[Remix v3]");
        assertThat(robot.from(dialog).lookup(".fileVersion").queryAs(TextArea.class).getText()).contains("[Remix v4]");
        assertThat(file()).contains("# Conflict with journal-2022.md");
        assertThat(fixture.window.session().outline().roots().stream().map(Node::name))
                .contains("Conflict with journal-2022.md");

        // Pressed, not clicked: the dialog settles its place and size over a few pulses after it shows, and a click
        // sent meanwhile can find the button not yet visible (seen once in CI).
        javafx.scene.control.Button keepFiles = robot.from(dialog).lookup("Keep the file's")
                .queryAs(javafx.scene.control.Button.class);
        robot.interact(keepFiles::fire);
        WindowFixture.waitUntil(() -> !file().contains("Conflict with"));
        assertThat(file()).isEqualTo(original.replace("[Remix]", "[Remix v4]"));
        assertThat(fixture.window.session().outline().get(remix).name()).contains("Remix v4");
    }
}
