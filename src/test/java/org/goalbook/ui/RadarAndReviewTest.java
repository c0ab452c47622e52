package org.goalbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import javax.xml.parsers.DocumentBuilderFactory;

import org.goalbook.exchange.SvgBlips;
import org.goalbook.markdown.JournalImporter;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.ui.editor.EditorPane;
import org.goalbook.ui.radar.RadarView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Year › Radar…, Year › Review…, File › Export radar picture… and the history line, on the three-year journal. */
@ExtendWith(ApplicationExtension.class)
class RadarAndReviewTest {
    @TempDir
    Path dir;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/journals/three-years.md")) {
            fixture = WindowFixture.with(dir, JournalImporter.read(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8)));
        }
        fixture.start(stage);
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> {
            if (fixture.window.glance().radarWindow() != null) {
                fixture.window.glance().radarWindow().stage().close();
            }
        });
        fixture.cleanUp(robot);
    }

    @Test
    void theRadarShowsOneBlipAndOneLegendLinePerStancedItemOfTheSelectedYear(FxRobot robot) {
        select(robot, item(2023, "Next"));
        openRadar(robot);
        // 2023 has 13 skill items with a stance (three-years.md).
        assertThat(robot.lookup("." + RadarView.BLIP).queryAll()).hasSize(13);
        assertThat(robot.lookup("." + RadarView.LEGEND_ITEM).queryAll()).hasSize(13);
        Node next = robot.lookup("#blip-9").query();
        assertThat(next.getStyleClass()).contains("maintain", "moved-in", "done");
        assertThat(legendTexts(robot)).contains("9. Next \u2713  \u25b2 moved in", "11. Solid  \u2605 new",
                "13. GatsbyJS  \u25bc moved out");
    }

    @Test
    void eachLegendStandsBesideItsQuadrantAndReadsFromOne(FxRobot robot) {
        select(robot, item(2023, "Next"));
        openRadar(robot);
        assertThat(titles(robot, RadarView.LEFT_LEGENDS_ID)).containsExactly("Operations", "Back End");
        assertThat(titles(robot, RadarView.RIGHT_LEGENDS_ID)).containsExactly("No area", "Front End");
        Node first = robot.lookup("#blip-1").query();
        assertThat(first.getLayoutX() < 0 && first.getLayoutY() < 0).as("blip 1 is in the top left quadrant").isTrue();
        assertThat(legendTexts(robot).get(0)).isEqualTo("1. Docker \u2713");
    }

    @Test
    void focusTellsWhatABlipIsAndEnterSelectsItsItemInTheTree(FxRobot robot) {
        select(robot, item(2023, "Next"));
        openRadar(robot);
        Node solid = robot.lookup("#blip-11").query();
        robot.interact(solid::requestFocus);
        assertThat(robot.lookup("#" + RadarView.INFO_ID).queryAs(Label.class).getText())
                .isEqualTo("11. Solid Explore, \u2605 new");
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#" + RadarView.INFO_ID).queryAs(Label.class).getText()).startsWith("12. Vue");
        robot.type(KeyCode.ENTER);
        assertThat(fixture.window.tree().selectedNodeProperty().get().id()).isEqualTo(item(2023, "Vue"));
    }

    @Test
    void aStanceChangeOrATickInTheMainWindowRedrawsTheOpenRadar(FxRobot robot) {
        select(robot, item(2023, "Solid"));
        openRadar(robot);
        assertThat(blip(robot, "Solid").getStyleClass()).contains("explore").doesNotContain("done");

        robot.interact(() -> fixture.window.commands().setStance(org.goalbook.model.Stance.IMPROVE));
        assertThat(blip(robot, "Solid").getStyleClass()).contains("improve");
        // The user goes back to the main window and ticks the item there with Space.
        robot.interact(() -> {
            fixture.window.scene().getWindow().requestFocus();
            fixture.window.tree().view().requestFocus();
        });
        robot.push(KeyCode.SPACE);
        assertThat(blip(robot, "Solid").getStyleClass()).contains("improve", "done");
        assertThat(legendTexts(robot)).anyMatch(t -> t.endsWith("Solid \u2713  \u2605 new"));
    }

    @Test
    void theRadarRedrawsForItsYearAndThePreviousOneOnly(FxRobot robot) {
        select(robot, item(2023, "Solid"));
        openRadar(robot);
        Node before = blip(robot, "SvelteKit");
        assertThat(before.getStyleClass()).contains("moved-in");

        select(robot, item(2024, "Zig"));
        robot.interact(() -> fixture.window.commands().setStance(org.goalbook.model.Stance.SKIP));
        assertThat(blip(robot, "SvelteKit")).as("a change to 2024 leaves the 2023 radar as drawn").isSameAs(before);

        // 2022 is what 2023's markers compare against: SvelteKit, explored then, now reads as moved out.
        select(robot, item(2022, "SvelteKit"));
        robot.interact(() -> fixture.window.commands().setStance(org.goalbook.model.Stance.MAINTAIN));
        assertThat(blip(robot, "SvelteKit").getStyleClass()).contains("moved-out");
        assertThat(robot.lookup("#" + org.goalbook.ui.radar.RadarWindow.YEAR_ID)
                .queryAs(javafx.scene.control.ComboBox.class).getValue()).isEqualTo(2023);
    }

    @Test
    void aClickOnABlipSelectsItsItem(FxRobot robot) {
        select(robot, item(2024, "Zig"));
        openRadar(robot);
        Node kotlin = robot.lookup("." + RadarView.BLIP).match(n -> n.getStyleClass().contains("improve")).query();
        robot.interact(() -> kotlin.getOnMouseClicked().handle(null));
        assertThat(fixture.window.tree().selectedNodeProperty().get().id()).isEqualTo(item(2024, "Kotlin"));
    }

    @Test
    void theHeaderShowsTheSelectedItemsHistoryAcrossARename(FxRobot robot) {
        select(robot, item(2024, "Next.js 15"));
        assertThat(robot.lookup("#" + EditorPane.HISTORY_ID).queryAs(Label.class).getText())
                .isEqualTo("History: 2022 Improve \u2192 2023 Maintain \u2713 2023-04-01 \u2192 2024 Maintain");
        select(robot, fixture.window.session().outline().roots().stream()
                .filter(n -> n.kind() == NodeKind.YEAR).findFirst().orElseThrow().id());
        assertThat(robot.lookup("#" + EditorPane.HISTORY_ID).queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void theHistoryLineFollowsATickOfTheItemAndARenameInAnotherYear(FxRobot robot) {
        select(robot, item(2024, "Zig"));
        Label line = robot.lookup("#" + EditorPane.HISTORY_ID).queryAs(Label.class);
        assertThat(line.getText()).isEqualTo("History: 2024 Explore");
        robot.interact(() -> fixture.window.tree().view().requestFocus());
        robot.push(KeyCode.SPACE);
        assertThat(line.getText()).startsWith("History: 2024 Explore \u2713");

        long kotlin = item(2023, "Kotlin");
        robot.interact(() -> fixture.window.session().edit(o -> org.goalbook.model.OutlineEdits.rename(o, kotlin, "Zig")));
        assertThat(line.getText()).startsWith("History: 2023 Improve \u2192 2024 Explore \u2713");
    }

    @Test
    void reviewKeepsThePageAfterTheYearAndUndoTakesItBack(FxRobot robot) {
        select(robot, item(2023, "Solid"));
        robot.interact(() -> fixture.window.commands().writeReview());
        Outline after = fixture.window.session().outline();
        List<String> roots = after.roots().stream().map(org.goalbook.model.Node::displayName).toList();
        assertThat(roots.subList(roots.indexOf("2023"), roots.indexOf("2023") + 2))
                .containsExactly("2023", "2023 in review");
        org.goalbook.model.Node page = fixture.window.tree().selectedNodeProperty().get();
        assertThat(page.displayName()).isEqualTo("2023 in review");
        assertThat(page.notes()).startsWith("## 2023 in review\n\nDone: 4 of 13 (31 %)");
        assertThat(fixture.window.editor().editor().getText()).isEqualTo(page.notes());

        robot.interact(() -> fixture.window.commands().undo());
        assertThat(fixture.window.session().outline().roots()).extracting(org.goalbook.model.Node::displayName)
                .doesNotContain("2023 in review");
    }

    @Test
    void exportRadarPictureWritesTheSelectedYearsSvg(FxRobot robot) throws Exception {
        select(robot, item(2022, "Go"));
        Path file = dir.resolve("radar.svg");
        fixture.dialogs.answer(file);
        robot.interact(() -> fixture.window.commands().exportRadarPicture());
        List<SvgBlips.Blip> blips = SvgBlips.of(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(file.toFile()));
        assertThat(blips).hasSize(14).extracting(SvgBlips.Blip::title).contains("Next.js", "Podman");
    }

    @Test
    void theRadarWindowFollowsTheTheme(FxRobot robot) throws IOException {
        select(robot, item(2024, "Zig"));
        openRadar(robot);
        java.awt.image.BufferedImage light = snapshot(robot, "light");
        robot.interact(() -> fixture.window.options().darkTheme().set(true));
        java.awt.image.BufferedImage dark = snapshot(robot, "dark");
        // A corner of the radar's own background: light in the light theme, dark in the dark one.
        assertThat(brightness(light.getRGB(light.getWidth() - 300, 60))).isGreaterThan(200);
        assertThat(brightness(dark.getRGB(dark.getWidth() - 300, 60))).isLessThan(80);
    }

    /** The radar window as the user sees it, also kept in target/screenshots for a person to look at. */
    private java.awt.image.BufferedImage snapshot(FxRobot robot, String theme) throws IOException {
        return SceneShots.take(robot, fixture.window.glance().radarWindow().stage().getScene(), "radar-" + theme);
    }

    private static int brightness(int argb) {
        return SceneShots.brightness(argb);
    }

    private void openRadar(FxRobot robot) {
        Platform.runLater(() -> fixture.window.commands().showRadar());
        WindowFixture.waitUntil(() -> robot.lookup("#" + RadarView.ID).tryQuery().isPresent());
        robot.interact(() -> { });
    }

    private static Node blip(FxRobot robot, String name) {
        return robot.lookup("." + RadarView.BLIP).match(n -> n.getProperties().get(RadarView.BLIP)
                instanceof org.goalbook.review.RadarLayout.Blip b && b.name().equals(name)).query();
    }

    private static List<String> titles(FxRobot robot, String column) {
        return robot.lookup("#" + column + " .radar-legend-title").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    private static List<String> legendTexts(FxRobot robot) {
        return robot.lookup("." + RadarView.LEGEND_ITEM).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private long item(int year, String name) {
        Outline o = fixture.window.session().outline();
        org.goalbook.model.Node y = o.roots().stream().filter(n -> n.name().equals(Integer.toString(year)))
                .findFirst().orElseThrow();
        return o.subtree(y.id()).stream().filter(n -> n.kind() == NodeKind.ITEM && n.displayName().equals(name))
                .findFirst().orElseThrow().id();
    }

    private void select(FxRobot robot, long id) {
        robot.interact(() -> fixture.window.tree().select(id));
    }
}
