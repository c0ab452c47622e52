package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The File menu through its shortcuts, with file dialogs that answer with files in a temporary folder. */
class FileMenuTest extends SampleWindowTest {
    @Test
    void importAsksBeforeReplacingWhatClashesAndKeepsTheRest(FxRobot robot) throws IOException {
        fixture.dialogs.answer(journal());
        robot.push(KeyCode.CONTROL, KeyCode.I);

        String question = robot.lookup("#confirmDialog").queryAs(DialogPane.class).getContentText();
        assertTrue(question.contains("year 2022"), question);
        clickInConfirmDialog(robot, "Replace");

        List<String> years = fixture.window.session().outline().roots().stream()
                .filter(n -> n.kind() == NodeKind.YEAR).map(Node::name).toList();
        assertEquals(List.of("2023", "2022", "2024"), years, "2023 stays, 2022 is the journal's, 2024 is new");
        assertEquals("Master GoLang", fixture.window.session().outline().get(sample.golang).name(),
                "what did not clash keeps its ids");
        assertTrue(robot.lookup(".goal-cell").match(n -> n instanceof javafx.scene.control.TreeCell<?> c
                && c.getItem() != null && "Remix".equals(((org.goalbook.ui.tree.Row) c.getItem()).text()))
                .tryQuery().isPresent(), "the tree shows the imported items");
        assertEquals("Goalbook — plan.goalbook", fixture.window.scene().getWindow() instanceof Stage s
                ? s.getTitle() : "");
    }

    @Test
    void cancellingTheImportChangesNothing(FxRobot robot) throws IOException {
        fixture.dialogs.answer(journal());
        robot.push(KeyCode.CONTROL, KeyCode.I);
        robot.clickOn("Cancel");

        assertEquals(sample.outline().size(), fixture.storedAfterClose(robot).size());
    }

    @Test
    void aFileThatIsNoJournalIsRefusedWithAMessageAndNothingChanges(FxRobot robot) throws IOException {
        Path binary = dir.resolve("photo.md");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe});
        fixture.dialogs.answer(binary);
        robot.push(KeyCode.CONTROL, KeyCode.I);

        String message = robot.lookup("#errorDialog").queryAs(DialogPane.class).getContentText();
        assertTrue(message.contains("photo.md"), message);
        robot.clickOn("OK");
        assertEquals(sample.outline().size(), fixture.storedAfterClose(robot).size());
    }

    @Test
    void exportSuggestsTheJournalTheNotebookWasImportedFrom(FxRobot robot) throws IOException {
        robot.push(KeyCode.CONTROL, KeyCode.E);
        assertEquals("plan.md", fixture.dialogs.suggestedName(), "before any import: named after the notebook");

        fixture.dialogs.answer(journal());
        robot.push(KeyCode.CONTROL, KeyCode.I);
        clickInConfirmDialog(robot, "Replace");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        assertEquals("journal.md", fixture.dialogs.suggestedName());
    }

    @Test
    void exportWritesTheJournal(FxRobot robot) throws IOException {
        Path out = dir.resolve("export.md");
        fixture.dialogs.answer(out);
        robot.push(KeyCode.CONTROL, KeyCode.E);

        String expected = JournalExporter.write(fixture.window.session().notebook());
        assertEquals(expected, Files.readString(out));
        assertTrue(expected.contains("React"));
    }

    @Test
    void exportRadarWritesCsvForTheSelectedYear(FxRobot robot) throws IOException {
        Path out = dir.resolve("radar.csv");
        fixture.dialogs.answer(out);
        robot.interact(() -> {
            fixture.window.tree().select(sample.react);
            fixture.window.commands().exportRadar();
        });

        String csv = Files.readString(out);
        assertTrue(csv.contains("React"), csv);
    }

    @Test
    void openingAnotherNotebookSwitchesAndANonNotebookKeepsTheCurrentOne(FxRobot robot) throws IOException {
        Path other = dir.resolve("other.goalbook");
        fixture.dialogs.answer(other);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        assertEquals(other, fixture.window.session().path());
        assertEquals("Goalbook — other.goalbook", ((Stage) fixture.window.scene().getWindow()).getTitle());
        assertEquals(0, fixture.window.session().outline().size(), "a new notebook is empty");

        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "this is not a notebook\n".repeat(100));
        fixture.dialogs.answer(text);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        String message = robot.lookup("#errorDialog").queryAs(DialogPane.class).getContentText();
        assertTrue(message.contains("notes.txt"), message);
        robot.clickOn("OK");
        assertEquals(other, fixture.window.session().path(), "the open notebook stays open");
        assertEquals("this is not a notebook\n".repeat(100), Files.readString(text), "and the file is untouched");

        fixture.dialogs.answer(fixture.notebook);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        assertEquals(sample.outline().size(), fixture.window.session().outline().size());
        fixture.dialogs.answer(fixture.notebook);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        assertEquals("plan.goalbook is already open.", fixture.window.status().message());
        assertEquals(List.of(fixture.notebook.toAbsolutePath(), other.toAbsolutePath()),
                new Settings(fixture.prefs).recentNotebooks().subList(0, 2));
    }

    private Path journal() throws IOException {
        Path file = dir.resolve("journal.md");
        try (InputStream in = getClass().getResourceAsStream("small-journal.md")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /** A button of the confirmation: the window behind it has a "Replace" of its own (the note's find bar). */
    private static void clickInConfirmDialog(FxRobot robot, String text) {
        robot.clickOn(robot.from(robot.lookup("#confirmDialog").queryAll()).lookup(".button")
                .match(n -> n instanceof javafx.scene.control.Button b && text.equals(b.getText()))
                .queryAs(javafx.scene.Node.class));
    }
}
