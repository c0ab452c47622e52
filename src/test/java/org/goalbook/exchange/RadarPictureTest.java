package org.goalbook.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.NodeKind;
import org.goalbook.model.PlanBuilder;
import org.goalbook.model.Stance;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The radar pictures read back: the SVG with the JDK's XML parser, the PNG with ImageIO. */
class RadarPictureTest {

    @Test
    void everyStancedItemIsOneTitledBlipAndNoneOverlap() throws Exception {
        Notebook big = crowded(300);
        List<SvgBlips.Blip> blips = SvgBlips.of(parse(RadarExport.svg(big, 2025)));
        assertThat(blips).hasSize(300);
        assertThat(blips).extracting(SvgBlips.Blip::title).doesNotContainNull().contains("Item 0", "Item 299");
        for (int i = 0; i < blips.size(); i++) {
            for (int j = i + 1; j < blips.size(); j++) {
                SvgBlips.Blip a = blips.get(i);
                SvgBlips.Blip b = blips.get(j);
                assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).as(a.title() + " / " + b.title())
                        .isGreaterThanOrEqualTo(a.r() + b.r() - 0.02); // coordinates are written to 0.01
            }
        }
    }

    @Test
    void namesThatAreNotXmlSafeAreEscapedAndTheFileHasNothingExternal() throws Exception {
        PlanBuilder plan = new PlanBuilder();
        long year = plan.add(0, NodeKind.YEAR, "2025");
        plan.add(year, NodeKind.ITEM, "C++ & <Rust> \"fast\" \u2018ok\u2019 \ud83e\udd80 \u0001", Stance.EXPLORE, true);
        String svg = RadarExport.svg(new Notebook(NotebookMeta.empty(), plan.outline(), List.of()), 2025);
        List<SvgBlips.Blip> blips = SvgBlips.of(parse(svg));
        assertThat(blips).extracting(SvgBlips.Blip::title)
                .containsExactly("C++ & <Rust> \"fast\" \u2018ok\u2019 \ud83e\udd80 ");
        assertThat(svg).doesNotContain("<script", "href", "url(", "<image", "@import");
    }

    @Test
    void thePngIsTheSamePictureAtTwiceTheSize() throws Exception {
        PlanBuilder plan = new PlanBuilder();
        long year = plan.add(0, NodeKind.YEAR, "2025");
        plan.add(year, NodeKind.ITEM, "Rust", Stance.MAINTAIN, true);
        Notebook one = new Notebook(NotebookMeta.empty(), plan.outline(), List.of());
        SvgBlips.Blip blip = SvgBlips.of(parse(RadarExport.svg(one, 2025))).get(0);
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(RadarExport.png(one, 2025)));
        // Just inside the star's upper point, which is filled because Rust is done: the maintain colour.
        Color inside = new Color(png.getRGB((int) Math.round(2 * blip.x()), (int) Math.round(2 * (blip.y() - blip.r() / 2))));
        assertThat(inside).isEqualTo(Color.decode(RadarDrawing.STANCE_COLOURS.get(0)));
        assertThat(new Color(png.getRGB(2, 2))).isEqualTo(Color.WHITE);
    }

    @Test
    void eachLegendStandsBesideItsQuadrantAndNumbersRunInReadingOrder() throws Exception {
        Notebook years;
        try (java.io.InputStream in = getClass().getResourceAsStream("/journals/three-years.md")) {
            years = org.goalbook.markdown.JournalImporter.read(new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        Document svg = parse(RadarExport.svg(years, 2023));
        org.w3c.dom.NodeList texts = svg.getElementsByTagName("text");
        java.util.Map<String, double[]> at = new java.util.HashMap<>();
        for (int i = 0; i < texts.getLength(); i++) {
            org.w3c.dom.Element t = (org.w3c.dom.Element) texts.item(i);
            at.putIfAbsent(t.getTextContent(), new double[] {Double.parseDouble(t.getAttribute("x")),
                    Double.parseDouble(t.getAttribute("y"))});
        }
        double cx = Double.parseDouble(svg.getDocumentElement().getAttribute("width")) / 2;
        List<SvgBlips.Blip> blips = SvgBlips.of(svg);
        SvgBlips.Blip one = blips.stream().filter(b -> b.title().equals("Docker")).findFirst().orElseThrow();
        SvgBlips.Blip java = blips.stream().filter(b -> b.title().equals("Java")).findFirst().orElseThrow();
        assertThat(one.x() < cx && java.x() < cx && one.y() < java.y()).as("blip 1 top left, Java bottom left").isTrue();
        assertThat(at.get("Operations")[0]).as("its legend on the left").isLessThan(cx);
        assertThat(at.get("Operations")[1]).as("above Back End's").isLessThan(at.get("Back End")[1]);
        assertThat(at).containsKey("1. Docker \u2713");
        String three = at.keySet().stream().filter(t -> t.startsWith("3. ")).findFirst().orElseThrow();
        assertThat(at.get("1. Docker \u2713")[1]).as("number 3 starts the lower left legend").isLessThan(at.get(three)[1]);
        assertThat(at.get(three)[0]).isLessThan(cx);
        assertThat(at.get("No area")[0]).as("the empty quadrant is top right").isGreaterThan(cx);
        assertThat(at.get("Front End")[0]).isGreaterThan(cx);
        assertThat(at.get("No area")[1]).isLessThan(at.get("Front End")[1]);
        assertThat(at.keySet()).noneMatch(t -> t.startsWith("(empty"));
    }

    @Test
    void aMissingYearIsRefused() {
        ExchangeException e = assertThrows(ExchangeException.class, () -> RadarExport.svg(crowded(1), 2031));
        assertThat(e).hasMessage("no year 2031 in this notebook");
    }

    /** A year of {@code items} stanced items spread over three areas, most of them in one ring. */
    static Notebook crowded(int items) {
        PlanBuilder plan = new PlanBuilder();
        long year = plan.add(0, NodeKind.YEAR, "2025");
        long tactical = plan.add(year, NodeKind.TACTICAL, "Tactical");
        long[] areas = {plan.add(tactical, NodeKind.AREA, "Front End"), plan.add(tactical, NodeKind.AREA, "Back End"),
            plan.add(tactical, NodeKind.AREA, "Ops")};
        Random random = new Random(7);
        for (int i = 0; i < items; i++) {
            Stance s = random.nextInt(3) == 0 ? Stance.values()[random.nextInt(4)] : Stance.EXPLORE;
            plan.add(areas[random.nextInt(3)], NodeKind.ITEM, "Item " + i, s, random.nextBoolean());
        }
        return new Notebook(NotebookMeta.empty(), plan.outline(), List.of());
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
