package org.goalbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.goalbook.model.CarryChoice;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Stance;
import org.goalbook.model.YearPlanner;
import org.junit.jupiter.api.Test;

class RadarExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** 2021 and 2022 written the way the journal writes them, with a goal and an item that have no stance. */
    static Notebook twoYears() {
        NotebookBuilder b = new NotebookBuilder();
        long y2021 = b.year(2021);
        long t21 = b.add(y2021, NodeKind.TACTICAL, "Tactical");
        long fe21 = b.add(t21, NodeKind.AREA, "Front End");
        long fw21 = b.add(fe21, NodeKind.TOPIC, "App Frameworks");
        b.stanceLine(fw21, Stance.MAINTAIN, "React", "Docker");
        b.stanceLine(fw21, Stance.IMPROVE, "GatsbyJS");
        b.stanceLine(fw21, Stance.EXPLORE, "Next.js");
        long be21 = b.add(t21, NodeKind.AREA, "Back End");
        b.stanceLine(be21, Stance.SKIP, "Quarkus");

        long y2022 = b.year(2022);
        long strategic = b.add(y2022, NodeKind.STRATEGIC, "Strategic");
        long consultant = b.add(strategic, NodeKind.GOAL, "Work as a consultant");
        b.item(consultant, "Earn the CKA", Stance.IMPROVE);
        long tactical = b.add(y2022, NodeKind.TACTICAL, "Tactical");
        long fe = b.add(tactical, NodeKind.AREA, "Front End");
        long fw = b.add(fe, NodeKind.TOPIC, "App Frameworks");
        b.stanceLine(fw, Stance.MAINTAIN, "GatsbyJS", "react");
        b.stanceLine(fw, Stance.IMPROVE, "Next.js");
        List<Long> remix = b.stanceLine(fw, Stance.EXPLORE, "[Remix](https://remix.run/)", "Docker");
        b.change(remix.get(0), n -> n.withLink("https://remix.run/"));
        b.stanceLine(fw, Stance.SKIP, "Vue/Nuxt");
        b.item(fe, "Master SPA and webworkers", null);
        long be = b.add(tactical, NodeKind.AREA, "Back End");
        long quarkus = b.item(be, "[**Quarkus**](https://quarkus.io/)", Stance.EXPLORE);
        b.change(quarkus, n -> n.withLink("https://quarkus.io/").withNotes(
                "## Why\n\n**Fast** boot,\nsee [the guide](https://quarkus.io/guides).\n\nSecond paragraph."));
        return b.build();
    }

    @Test
    void csvHasTheHeaderAndOneRowPerItemWithAStance() {
        List<List<String>> rows = CsvReader.read(RadarExport.csv(twoYears(), 2022));
        assertEquals(List.of("name", "ring", "quadrant", "isNew", "description"), rows.get(0));
        List<String> names = column(rows, 0);
        assertEquals(List.of("GatsbyJS", "react", "Next.js", "Earn the CKA", "Remix", "Docker", "Quarkus", "Vue/Nuxt",
                "(empty 1)"), names, "Adopt rows first; goals and items without a stance are left out");
    }

    @Test
    void ringsComeFromStances() {
        Map<String, List<String>> byName = byName(CsvReader.read(RadarExport.csv(twoYears(), 2022)));
        assertEquals("Adopt", byName.get("GatsbyJS").get(1));
        assertEquals("Trial", byName.get("Next.js").get(1));
        assertEquals("Assess", byName.get("Remix").get(1));
        assertEquals("Hold", byName.get("Vue/Nuxt").get(1));
    }

    @Test
    void isNewWhenTheItemWasNotOnLastYearsRadarMatchedByNameIgnoringCase() {
        Map<String, List<String>> byName = byName(CsvReader.read(RadarExport.csv(twoYears(), 2022)));
        assertEquals("false", byName.get("react").get(3), "React was there in 2021");
        assertEquals("false", byName.get("GatsbyJS").get(3));
        assertEquals("true", byName.get("Remix").get(3));
        assertEquals("true", byName.get("Vue/Nuxt").get(3));
    }

    @Test
    void theFirstYearOfANotebookIsAllNew() {
        List<List<String>> rows = CsvReader.read(RadarExport.csv(twoYears(), 2021));
        assertEquals(List.of("true", "true", "true", "true", "true"), column(rows, 3).subList(0, 5));
    }

    @Test
    void zalandoMovedSaysHowEachEntryChangedSinceLastYear() throws Exception {
        Map<String, JsonNode> entries = entries(RadarExport.json(twoYears(), 2022));
        assertEquals(1, entries.get("GatsbyJS").get("moved").asInt(), "Trial to Adopt: moved in");
        assertEquals(0, entries.get("react").get("moved").asInt(), "Adopt both years");
        assertEquals(1, entries.get("Next.js").get("moved").asInt());
        assertEquals(-1, entries.get("Docker").get("moved").asInt(), "Adopt to Assess: moved out");
        assertEquals(1, entries.get("Quarkus").get("moved").asInt(), "Hold to Assess: moved in");
        assertEquals(2, entries.get("Remix").get("moved").asInt(), "new");
    }

    @Test
    void theYearIsComparedWithTheNearestEarlierYearInTheNotebook() {
        NotebookBuilder b = new NotebookBuilder();
        long y2019 = b.year(2019);
        b.item(y2019, "Kotlin", Stance.EXPLORE);
        long y2020 = b.year(2020);
        b.item(y2020, "Go", Stance.EXPLORE);
        long y2023 = b.year(2023);
        b.item(y2023, "Go", Stance.IMPROVE);
        b.item(y2023, "Kotlin", Stance.IMPROVE);
        Map<String, List<String>> byName = byName(CsvReader.read(RadarExport.csv(b.build(), 2023)));
        assertEquals("false", byName.get("Go").get(3));
        assertEquals("true", byName.get("Kotlin").get(3), "2019 is not the previous radar when 2020 exists");
    }

    @Test
    void zalandoEntriesCarryLabelQuadrantRingMovedActiveAndLink() throws Exception {
        JsonNode root = JSON.readTree(RadarExport.json(twoYears(), 2022));
        assertEquals(List.of("title", "quadrants", "rings", "entries"), fieldNames(root));
        assertEquals("My Goals in 2022", root.get("title").asText());
        JsonNode remix = entries(root).get("Remix");
        assertEquals(List.of("label", "quadrant", "ring", "moved", "active", "link"), fieldNames(remix));
        assertEquals(0, remix.get("quadrant").asInt());
        assertEquals(2, remix.get("ring").asInt());
        assertTrue(remix.get("active").asBoolean());
        assertEquals("https://remix.run/", remix.get("link").asText());
        assertEquals("", entries(root).get("react").get("link").asText(), "no link: empty");
        List<String> rings = new ArrayList<>();
        root.get("rings").forEach(r -> rings.add(r.get("name").asText()));
        assertEquals(List.of("Adopt", "Trial", "Assess", "Hold"), rings);
        root.get("rings").forEach(r -> assertTrue(r.get("color").asText().matches("#[0-9a-f]{6}")));
    }

    @Test
    void descriptionIsTheNotesFirstParagraphAsPlainTextOrElseTheTopic() {
        Map<String, List<String>> byName = byName(CsvReader.read(RadarExport.csv(twoYears(), 2022)));
        assertEquals("Fast boot, see the guide.", byName.get("Quarkus").get(4));
        assertEquals("App Frameworks", byName.get("GatsbyJS").get(4));
        assertEquals("", byName.get("Earn the CKA").get(4), "no notes and no topic");
    }

    @Test
    void fewerThanFourAreasStillMakeFourQuadrantsWithPlaceholders() throws Exception {
        JsonNode root = JSON.readTree(RadarExport.json(twoYears(), 2022));
        assertEquals(List.of("Front End", "Back End", "Other", "(empty 1)"), names(root.get("quadrants")));
        assertEquals(2, entries(root).get("Earn the CKA").get("quadrant").asInt(), "an item outside any area");

        List<List<String>> rows = CsvReader.read(RadarExport.csv(twoYears(), 2022));
        assertEquals(List.of("Front End", "Other", "Back End", "(empty 1)"),
                column(rows, 2).stream().distinct().toList(), "the CSV tool needs four quadrant names too");
        List<String> placeholder = rows.get(rows.size() - 1);
        assertEquals(List.of("(empty 1)", "Hold", "(empty 1)", "false"), placeholder.subList(0, 4));
    }

    @Test
    void aYearWithoutAreasHasOtherAndThreePlaceholders() throws Exception {
        NotebookBuilder b = new NotebookBuilder();
        long y = b.year(2023);
        long goal = b.add(y, NodeKind.GOAL, "Learn Rust");
        b.item(goal, "Rust", Stance.EXPLORE);
        JsonNode root = JSON.readTree(RadarExport.json(b.build(), 2023));
        assertEquals(List.of("Other", "(empty 1)", "(empty 2)", "(empty 3)"), names(root.get("quadrants")));
        List<List<String>> rows = CsvReader.read(RadarExport.csv(b.build(), 2023));
        assertEquals(List.of("Rust", "(empty 1)", "(empty 2)", "(empty 3)"), column(rows, 0));
        assertEquals(List.of("Assess", "Assess", "Assess", "Assess"), column(rows, 1), "no ring added for them");
    }

    @Test
    void exactlyFourAreasKeepTheirNamesInDocumentOrder() throws Exception {
        Notebook nb = areas(2, 1, 3, 1);
        JsonNode root = JSON.readTree(RadarExport.json(nb, 2022));
        assertEquals(List.of("Area 1", "Area 2", "Area 3", "Area 4"), names(root.get("quadrants")));
        assertEquals(7, CsvReader.read(RadarExport.csv(nb, 2022)).size() - 1, "no placeholder rows");
    }

    @Test
    void moreThanFourAreasKeepTheThreeLargestAndMergeTheRestIntoOther() throws Exception {
        Notebook nb = areas(1, 5, 2, 3, 1, 4);
        JsonNode root = JSON.readTree(RadarExport.json(nb, 2022));
        assertEquals(List.of("Area 2", "Area 4", "Area 6", "Other"), names(root.get("quadrants")));
        Map<String, JsonNode> entries = entries(root);
        assertEquals(3, entries.get("Area 1 item 1").get("quadrant").asInt());
        assertEquals(3, entries.get("Area 3 item 2").get("quadrant").asInt());
        assertEquals(0, entries.get("Area 2 item 5").get("quadrant").asInt());
        List<List<String>> rows = CsvReader.read(RadarExport.csv(nb, 2022));
        assertEquals(List.of("Area 2", "Area 4", "Area 6", "Other"),
                column(rows, 2).stream().distinct().sorted().toList());
        assertEquals(4, column(rows, 2).stream().filter("Other"::equals).count());
    }

    @Test
    void tiesForTheLargestAreasGoToTheEarlierArea() throws Exception {
        JsonNode root = JSON.readTree(RadarExport.json(areas(2, 2, 2, 2, 2), 2022));
        assertEquals(List.of("Area 1", "Area 2", "Area 3", "Other"), names(root.get("quadrants")));
    }

    @Test
    void commasQuotesEmojiAndOtherScriptsSurviveBothFormats() throws Exception {
        NotebookBuilder b = new NotebookBuilder();
        long y = b.year(2022);
        long t = b.add(y, NodeKind.TACTICAL, "Tactical");
        long area = b.add(t, NodeKind.AREA, "Ops, \"Sys\" & Cloud ☁️");
        long topic = b.add(area, NodeKind.TOPIC, "Контейнеры, 容器");
        List<String> names = List.of("Vue, Nuxt", "The \"Ultra\" tool", "🚀 Rocket 👩‍💻", "Сервис-воркеры", "日本語",
                "'single', \"double\"\"");
        b.stanceLine(topic, Stance.EXPLORE, names.toArray(String[]::new));
        long noted = b.item(topic, "Notes with lines", Stance.SKIP);
        b.change(noted, n -> n.withNotes("first, \"quoted\"\r\nline two\n\nnot this"));
        Notebook nb = b.build();

        List<List<String>> rows = CsvReader.read(RadarExport.csv(nb, 2022));
        List<String> csvNames = column(rows, 0);
        for (String name : names) {
            assertTrue(csvNames.contains(name), name);
        }
        rows.subList(1, rows.size()).forEach(r -> assertEquals(5, r.size(), r.toString()));
        assertEquals("Ops, \"Sys\" & Cloud ☁️", rows.get(1).get(2));
        assertEquals("Контейнеры, 容器", rows.get(1).get(4));
        assertEquals("first, \"quoted\" line two", byName(rows).get("Notes with lines").get(4));

        Map<String, JsonNode> entries = entries(RadarExport.json(nb, 2022));
        assertTrue(entries.keySet().containsAll(names), entries.keySet().toString());
        assertEquals("Ops, \"Sys\" & Cloud ☁️",
                names(JSON.readTree(RadarExport.json(nb, 2022)).get("quadrants")).get(0));
    }

    @Test
    void aYearThatIsNotInTheNotebookIsRefused() {
        assertEquals("no year 2031 in this notebook",
                assertThrows(ExchangeException.class, () -> RadarExport.csv(twoYears(), 2031)).getMessage());
        assertEquals("no year 2031 in this notebook",
                assertThrows(ExchangeException.class, () -> RadarExport.json(twoYears(), 2031)).getMessage());
    }

    @Test
    void anItemInAStanceLineWithoutItsOwnStanceTakesTheLines() {
        NotebookBuilder b = new NotebookBuilder();
        long y = b.year(2022);
        List<Long> ids = b.stanceLine(y, Stance.IMPROVE, "Helm");
        b.change(ids.get(0), n -> n.withStance(null));
        List<List<String>> rows = CsvReader.read(RadarExport.csv(b.build(), 2022));
        assertEquals(List.of("Helm", "Trial"), rows.get(1).subList(0, 2));
    }

    @Test
    void csvRecordsEndInCrlf() {
        String csv = RadarExport.csv(twoYears(), 2022);
        assertTrue(csv.startsWith("name,ring,quadrant,isNew,description\r\n"));
        assertFalse(csv.replace("\r\n", "").contains("\n"));
    }

    /** One year whose tactical section has areas "Area 1".. with the given numbers of items each. */
    private static Notebook areas(int... sizes) {
        NotebookBuilder b = new NotebookBuilder();
        long t = b.add(b.year(2022), NodeKind.TACTICAL, "Tactical");
        for (int a = 0; a < sizes.length; a++) {
            long area = b.add(t, NodeKind.AREA, "Area " + (a + 1));
            for (int i = 0; i < sizes[a]; i++) {
                b.item(area, "Area " + (a + 1) + " item " + (i + 1), Stance.values()[i % 4]);
            }
        }
        return b.build();
    }

    private static List<String> column(List<List<String>> rows, int index) {
        return rows.subList(1, rows.size()).stream().map(r -> r.get(index)).toList();
    }

    @Test
    void anItemCarriedOverUnchangedIsNotNew() throws Exception {
        Notebook before = twoYears();
        long y2022 = before.outline().roots().stream().filter(n -> n.name().equals("2022")).findFirst()
                .orElseThrow().id();
        Notebook after = new Notebook(before.meta(), OutlineEdits.preview(before.outline(),
                YearPlanner.carryOver(before.outline(), y2022, 2023,
                        CarryChoice.everything(before.outline(), y2022))), before.resources());
        List<List<String>> rows = CsvReader.read(RadarExport.csv(after, 2023));
        assertEquals(List.of("false"), column(rows, 3).stream().distinct().toList());
        entries(RadarExport.json(after, 2023)).values()
                .forEach(e -> assertEquals(0, e.get("moved").asInt(), e.get("label").asText()));
    }

    @Test
    void anItemRenamedWithItsLinkKeptIsNotNew() {
        NotebookBuilder b = new NotebookBuilder();
        long remix21 = b.item(b.year(2021), "[Remix](https://remix.run/)", Stance.EXPLORE);
        b.change(remix21, n -> n.withLink("https://remix.run/"));
        long remix22 = b.item(b.year(2022), "[Remix v2](https://remix.run)", Stance.IMPROVE);
        b.change(remix22, n -> n.withLink("https://remix.run"));
        Map<String, List<String>> byName = byName(CsvReader.read(RadarExport.csv(b.build(), 2022)));
        assertEquals("false", byName.get("Remix v2").get(3));
    }

    private static Map<String, List<String>> byName(List<List<String>> rows) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        rows.subList(1, rows.size()).forEach(r -> out.put(r.get(0), r));
        return out;
    }

    private static Map<String, JsonNode> entries(String json) throws Exception {
        return entries(JSON.readTree(json));
    }

    private static Map<String, JsonNode> entries(JsonNode root) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        root.get("entries").forEach(e -> out.put(e.get("label").asText(), e));
        return out;
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(q -> out.add(q.get("name").asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
