package org.goalbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Application;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;

import org.goalbook.model.Stance;
import org.goalbook.ui.search.SearchBar;
import org.goalbook.ui.tree.Row;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Search, filters, theme and font size: what the tree shows and how the window looks. */
class SearchAndViewTest extends SampleWindowTest {
    @Test
    void searchNarrowsTheTreeEnterJumpsAndEscClears(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertTrue(robot.lookup("#" + SearchBar.ID).queryAs(TextField.class).isFocused());
        robot.write("master");

        assertEquals(List.of("2022", "Tactical", "Front End", "Master SPA and webworkers", "2023", "Master GoLang"),
                shownLines());
        assertEquals(2, robot.lookup(".search-match").queryAll().size(), "both matches are marked");

        robot.type(KeyCode.ENTER);
        assertEquals(sample.spa, fixture.window.tree().selectedNodeProperty().get().id());
        robot.type(KeyCode.ENTER);
        assertEquals(sample.golang, fixture.window.tree().selectedNodeProperty().get().id());

        robot.type(KeyCode.ESCAPE);
        assertTrue(shownLines().contains("React"), "everything is back");
        assertTrue(fixture.window.tree().view().isFocused());
        assertEquals(sample.golang, fixture.window.tree().selectedNodeProperty().get().id(),
                "the last match stays selected");
    }

    @Test
    void theSearchCountsItsMatchesAndKeepsToOneYear(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("master");
        assertEquals("2 matches", shownCount(robot));
        robot.type(KeyCode.ENTER);
        assertEquals("1 of 2", shownCount(robot));
        robot.type(KeyCode.ENTER);
        assertEquals("2 of 2", shownCount(robot));

        robot.clickOn("#" + SearchBar.YEAR_ID);
        // The year in the box's list, not the tree's "2022" line or another node with that text.
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(n -> n instanceof javafx.scene.control.ListCell<?> c && "2022".equals(c.getText()))
                .queryAs(javafx.scene.Node.class));
        assertEquals(List.of("2022", "Tactical", "Front End", "Master SPA and webworkers"), shownLines());
        assertEquals("1 match", shownCount(robot), "the 2023 match is out of the search");
        robot.type(KeyCode.ENTER);
        assertEquals("1 of 1", shownCount(robot));

        robot.clickOn("#" + SearchBar.YEAR_ID).clickOn("All years");
        assertEquals(2, robot.lookup(".search-match").queryAll().size());
        robot.clickOn("#" + SearchBar.ID).type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#" + SearchBar.COUNT_ID).query().isVisible(), "no count without a search");
    }

    @Test
    void aMarkerSaysWhatTheFiltersHideWhileTheyAreOn(FxRobot robot) {
        assertFalse(robot.lookup("#" + SearchBar.FILTER_ID).query().isVisible());
        robot.interact(() -> {
            fixture.window.options().hideDone().set(true);
            fixture.window.options().onlyStance().set(Stance.EXPLORE);
        });
        javafx.scene.control.Label marker = robot.lookup("#" + SearchBar.FILTER_ID).queryAs(
                javafx.scene.control.Label.class);
        assertTrue(marker.isVisible());
        assertEquals("Filter: only Explore, done hidden", marker.getText());

        robot.interact(() -> {
            fixture.window.options().hideDone().set(false);
            fixture.window.options().onlyStance().set(null);
        });
        assertFalse(marker.isVisible());
    }

    @Test
    void filtersHideDoneAndSkippedOrShowOneStance(FxRobot robot) {
        robot.interact(() -> {
            fixture.window.options().hideDone().set(true);
            fixture.window.options().hideSkipped().set(true);
        });
        List<String> shown = shownLines();
        assertFalse(shown.contains("GatsbyJS"));
        assertFalse(shown.contains("Vue/Nuxt"));
        assertTrue(shown.contains("React"));

        robot.interact(() -> {
            fixture.window.options().hideDone().set(false);
            fixture.window.options().hideSkipped().set(false);
            fixture.window.options().onlyStance().set(Stance.IMPROVE);
        });
        assertEquals(List.of("2022", "Tactical", "Front End", "App Frameworks", "Next.js"), shownLines());
    }

    @Test
    void darkThemeSwitchesStylesheetsAndIsRemembered(FxRobot robot) {
        String light = Application.getUserAgentStylesheet();
        assertTrue(fixture.window.scene().getStylesheets().contains(Appearance.LIGHT_CSS));

        robot.interact(() -> fixture.window.options().darkTheme().set(true));

        assertNotEquals(light, Application.getUserAgentStylesheet());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"));
        assertTrue(fixture.window.scene().getStylesheets().contains(Appearance.DARK_CSS));
        assertTrue(new Settings(fixture.prefs).darkTheme());
        robot.interact(() -> fixture.window.options().darkTheme().set(false));
    }

    @Test
    void fontSizeKeysScaleTheWholeWindow(FxRobot robot) {
        robot.interact(() -> fixture.window.tree().view().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        assertTrue(fixture.window.scene().getRoot().getStyleClass().contains("font-16"));
        assertEquals(16, new Settings(fixture.prefs).fontSize());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT0);
        assertTrue(fixture.window.scene().getRoot().getStyleClass().contains("font-14"));
    }

    @Test
    void f1ListsEveryShortcut(FxRobot robot) {
        robot.interact(() -> fixture.window.tree().view().requestFocus());
        robot.type(KeyCode.F1);
        WindowFixture.waitUntil(() -> robot.lookup("#shortcutsTable").tryQuery().isPresent());

        assertEquals(org.goalbook.ui.menu.Shortcut.ALL.size(),
                robot.lookup("#shortcutsTable").queryTableView().getItems().size());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void closingRemembersTheWindowAndItsDividers(FxRobot robot) {
        robot.interact(() -> fixture.window.shutdown());

        Settings saved = new Settings(fixture.prefs);
        assertTrue(saved.windowPlace().isPresent());
        assertTrue(saved.treeDivider() > 0.1 && saved.treeDivider() < 0.9, "divider " + saved.treeDivider());
    }

    private static String shownCount(FxRobot robot) {
        javafx.scene.control.Label count = robot.lookup("#" + SearchBar.COUNT_ID).queryAs(
                javafx.scene.control.Label.class);
        return count.isVisible() ? count.getText() : "";
    }

    private List<String> shownLines() {
        TreeView<Row> tree = fixture.window.tree().view();
        List<String> out = new ArrayList<>();
        collect(tree.getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<Row> item, List<String> out) {
        for (TreeItem<Row> child : item.getChildren()) {
            out.add(child.getValue().text());
            if (child.isExpanded()) {
                collect(child, out);
            }
        }
    }
}
