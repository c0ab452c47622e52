package org.goalbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** history, progress, review and the radar pictures from the command line, on the three-year journal. */
class ReviewCommandsTest {
    @TempDir
    Path dir;
    private Path notebook;
    private String out;
    private String err;
    private byte[] outBytes;

    @BeforeEach
    void importThreeYears() throws IOException {
        Path journal = dir.resolve("three-years.md");
        try (InputStream in = getClass().getResourceAsStream("/journals/three-years.md")) {
            Files.write(journal, in.readAllBytes());
        }
        notebook = dir.resolve("n.goalbook");
        assertThat(run("import", journal.toString())).as(err).isZero();
    }

    @Test
    void historyPrintsOneLinePerYearFollowingTheRename() {
        assertThat(run("history", "next.js 15")).as(err).isZero();
        assertThat(out).isEqualTo("""
                2022  Improve   as \u201cNext.js\u201d
                2023  Maintain  done 2023-04-01  as \u201cNext\u201d
                2024  Maintain
                """);
        assertThat(run("history", "Scala")).isZero();
        assertThat(out).isEqualTo("2022  Skip\n2023  \u2014         not in the plan\n2024  Skip\n");
    }

    @Test
    void historyTakesAnIdAsWell() {
        assertThat(run("list", "--year", "2022")).isZero();
        String line = out.lines().filter(l -> l.endsWith(" Redux  (improve)")).findFirst().orElseThrow();
        String id = line.strip().substring(0, line.strip().indexOf(' '));
        assertThat(run("history", id)).as(err).isZero();
        assertThat(out).isEqualTo("2022  Improve   done 2022-06-02\n");
    }

    @Test
    void historyRefusesWhatIsNotASkillItem() {
        assertThat(run("history", "Elm")).isEqualTo(2);
        assertThat(err).isEqualTo("no skill item called \u201cElm\u201d in any year; `goalbook list` shows names and "
                + "ids\n");
        assertThat(run("history", "1")).isEqualTo(2);
        assertThat(err).endsWith("is not a skill item of a year; history follows skill items\n");
    }

    @Test
    void progressPrintsTheHandCountedNumbers() {
        assertThat(run("progress", "--year", "2022")).as(err).isZero();
        assertThat(out).startsWith("""
                2022: 6 of 16 done (38 %) (skipped items not counted)

                  Strategic   1/3
                  Front End   3/7
                  Back End    2/4
                  Operations  0/2

                By stance
                  Maintain    2/4
                  Improve     1/3
                  Explore     2/5
                  Skip        0/2
                  No stance   0/1

                Ticks per month  (month, ticks, running total)
                  Jan    1    1
                  Feb    0    1
                  Mar    1    2
                """).contains("  Jun    2    4\n").endsWith("  Dec    0    5\n  undated: 1\n");
    }

    @Test
    void progressWithoutAYearShowsTheLatestAndRefusesAMissingOne() {
        assertThat(run("progress")).isZero();
        assertThat(out).startsWith("2024: 4 of 15 done (27 %)");
        assertThat(run("progress", "--year", "1999")).isEqualTo(2);
        assertThat(err).isEqualTo("no year 1999 in this notebook; it has 2022, 2023, 2024\n");
    }

    @Test
    void reviewWritesMarkdownToAFile() throws IOException {
        Path file = dir.resolve("review.md");
        assertThat(run("review", "--year", "2023", "-o", file.toString())).as(err).isZero();
        String review = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(review).startsWith("## 2023 in review\n\nDone: 4 of 13 (31 %)")
                .contains("- Next (was \u201cNext.js\u201d): Improve \u2192 Maintain (moved in)\n");
        assertThat(run("review", "--year", "2023")).isZero();
        assertThat(out).isEqualTo(review);
    }

    @Test
    void radarSvgParsesBackWithOneTitledBlipPerStancedItem() throws Exception {
        Path file = dir.resolve("radar.svg");
        assertThat(run("export", "--year", "2024", "--format", "radar-svg", "-o", file.toString())).as(err).isZero();
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        // 2024 has 17 skill items; the two reading items have no stance.
        assertThat(org.goalbook.exchange.SvgBlips.of(svg)).hasSize(15)
                .extracting(org.goalbook.exchange.SvgBlips.Blip::title).contains("Next.js 15", "Podman", "Zig");
    }

    @Test
    void radarPngIsAnImageOfTheSameLayout() throws IOException {
        Path file = dir.resolve("radar.png");
        assertThat(run("export", "--year", "2024", "--format", "radar-png", "-o", file.toString())).as(err).isZero();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        assertThat(image).isNotNull();
        assertThat(run("export", "--year", "2024", "--format", "radar-svg")).isZero();
        String svg = out;
        String width = svg.substring(svg.indexOf("width=\"") + 7, svg.indexOf('"', svg.indexOf("width=\"") + 7));
        assertThat(image.getWidth()).isEqualTo(2 * Integer.parseInt(width));
    }

    @Test
    void aPictureOfAMissingYearIsRefused() {
        assertThat(run("export", "--year", "2030", "--format", "radar-png", "-o", dir.resolve("x.png").toString()))
                .isEqualTo(2);
        assertThat(err).isEqualTo("no year 2030 in this notebook\n");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    private int run(String... args) {
        CliRun r = CliRun.on(notebook, args);
        outBytes = r.outBytes();
        out = r.out();
        err = r.err();
        return r.code();
    }
}
