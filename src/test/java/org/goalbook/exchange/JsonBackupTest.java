package org.goalbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Resource;
import org.goalbook.model.Source;
import org.goalbook.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonBackupTest {

    /** A notebook that uses every field of every record, with the awkward values a real journal has. */
    static Notebook everything() {
        NotebookBuilder b = new NotebookBuilder().meta(new NotebookMeta("Journal: Ending 2022-01-21",
                "2022-01-21T22:12:03.284Z", "draft", "EdPike365", List.of("DevOps", "Full Stack", "日本語"),
                "---\r\ntitle: \"Journal\"\r\n---\r\n", "\r\n"));
        long log = b.add(0, NodeKind.PAGE, "Log");
        b.change(log, n -> n.withNotes("## Log\r\n\r\n- 2022-01-02: started 🚀\r\n").withSource(
                new Source("## Log\r\n", "\r\n", "page:Log")));
        long y2022 = b.year(2022);
        long strategic = b.add(y2022, NodeKind.STRATEGIC, "Strategic");
        long goal = b.add(strategic, NodeKind.GOAL, "Work as a consultant");
        long sub = b.add(goal, NodeKind.GOAL, "Modernize legacy Java web apps");
        b.change(sub, n -> n.withDone(true, LocalDate.of(2022, 5, 1)));
        long tactical = b.add(y2022, NodeKind.TACTICAL, "Tactical");
        long frontEnd = b.add(tactical, NodeKind.AREA, "Front End");
        long frameworks = b.add(frontEnd, NodeKind.TOPIC, "App Frameworks");
        List<Long> maintained = b.stanceLine(frameworks, Stance.MAINTAIN, "GatsbyJS", "React");
        b.change(maintained.get(0), n -> n.withDone(true, null).withSource(new Source("GatsbyJS ✅", "", "fp-1")));
        List<Long> explored = b.stanceLine(frameworks, Stance.EXPLORE, "[Remix](https://remix.run/)");
        b.change(explored.get(0), n -> n.withLink("https://remix.run/").withNotes("Loaders, \"actions\"\n\nmore"));
        b.stanceLine(frameworks, Stance.IMPROVE, "Next.js");
        b.stanceLine(frameworks, Stance.SKIP, "Vue/Nuxt");
        long spa = b.item(frontEnd, "Master SPA and webworkers", null);
        b.change(spa, n -> n.withSource(new Source("- Master SPA and webworkers\n", "  \n", "")));
        b.item(spa, "Сервис-воркеры", Stance.EXPLORE);
        long y2023 = b.year(2023);
        b.add(y2023, NodeKind.GOAL, "Earn Kubernetes certs\ttab");
        b.resource(new Resource(1, "Remix docs", "https://remix.run/docs", "Why loaders", "DevOps Weekly #500",
                explored.get(0)));
        b.resource(new Resource(2, "", "https://example.org/?a=1&b=\"2\"", "", "", 0));
        Notebook built = b.build();
        return new Notebook(built.meta(), built.outline(), built.resources(), List.of(
                new InboxEntry(4, "replicate/replicate", "https://replicate.ai/",
                        List.of("https://replicate.ai/", "https://github.com/replicate/replicate"),
                        "Version control for machine learning — “snapshots” in S3.", "Tools", "DevOps Weekly",
                        LocalDate.of(2020, 12, 1), false, InboxStatus.LATER, Instant.parse("2020-12-02T08:15:30Z")),
                new InboxEntry(5, "Ad", "https://sthwk.com/kube-services", List.of("https://sthwk.com/kube-services"),
                        "", "", "", null, true, InboxStatus.NEW, Instant.parse("2020-12-02T08:15:30.123Z"))));
    }

    static void assertSameNotebook(Notebook expected, Notebook actual) {
        assertEquals(expected.meta(), actual.meta());
        assertEquals(expected.outline().preorder(), actual.outline().preorder());
        assertEquals(expected.resources(), actual.resources());
        assertEquals(expected.inbox(), actual.inbox());
    }

    @Test
    void readGivesBackEveryFieldThatWasWritten() {
        Notebook original = everything();
        Notebook back = JsonBackup.read(JsonBackup.write(original));
        assertSameNotebook(original, back);
        assertEquals(original.outline().size(), back.outline().size());
    }

    @Test
    void aBackupSavedAsUtf8AndReadFromDiskIsTheSameNotebook(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("goalbook-backup.json");
        Files.writeString(file, JsonBackup.write(everything()), StandardCharsets.UTF_8);
        assertSameNotebook(everything(), JsonBackup.read(Files.readString(file, StandardCharsets.UTF_8)));
    }

    @Test
    void writingAgainAfterReadingGivesTheSameBytes() {
        String first = JsonBackup.write(everything());
        assertEquals(first, JsonBackup.write(JsonBackup.read(first)));
    }

    @Test
    void anEmptyNotebookRoundTrips() {
        Notebook empty = new Notebook(null, null, null);
        assertSameNotebook(empty, JsonBackup.read(JsonBackup.write(empty)));
    }

    @Test
    void theFileIsPrettyVersionedAndInTheDocumentedFieldOrder() throws Exception {
        String json = JsonBackup.write(everything());
        assertTrue(json.startsWith("{\n  \"format\": \"goalbook-backup\",\n  \"version\": 2,\n  \"meta\": {\n"),
                json.substring(0, 80));
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.replace("\\r", "").contains("\r"), "line ends are \\n whatever the platform");
        assertTrue(json.contains("🚀") && json.contains("Сервис-воркеры"), "text is written as itself, not escaped");

        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(List.of("format", "version", "meta", "nodes", "resources", "inbox"), fieldNames(root));
        assertEquals(List.of("title", "date", "status", "author", "tags", "frontMatter", "lineEnding"),
                fieldNames(root.get("meta")));
        JsonNode first = root.get("nodes").get(0);
        assertEquals(List.of("id", "parentId", "position", "kind", "name", "stance", "done", "doneOn", "link", "notes",
                "inline", "source"), fieldNames(first));
        assertEquals(List.of("lead", "tail", "fingerprint"), fieldNames(first.get("source")));
        assertEquals(List.of("id", "title", "url", "summary", "origin", "nodeId"),
                fieldNames(root.get("resources").get(0)));
        assertEquals(List.of("id", "title", "url", "urls", "summary", "section", "source", "date", "sponsor", "status",
                "clippedAt"), fieldNames(root.get("inbox").get(0)));
    }

    @Test
    void aVersionOneBackupWithoutInboxIsStillRead() {
        Notebook back = JsonBackup.read("{\"format\": \"goalbook-backup\", \"version\": 1, \"nodes\": [{\"id\": 1, "
                + "\"parentId\": 0, \"kind\": \"year\", \"name\": \"2022\"}], \"resources\": []}");
        assertEquals("2022", back.outline().get(1).name());
        assertEquals(List.of(), back.inbox());
    }

    @Test
    void anInboxEntryWithAnUnknownStatusIsRefused() {
        assertEquals("broken backup: inbox entry 3 has an unknown status \"read\"", refusal("{\"format\": "
                + "\"goalbook-backup\", \"version\": 2, \"inbox\": [{\"id\": 3, \"url\": \"https://a.example/\", "
                + "\"status\": \"read\"}]}"));
    }

    @Test
    void nodesAreWrittenFlatInDocumentOrderWithReadableValues() throws Exception {
        JsonNode nodes = new ObjectMapper().readTree(JsonBackup.write(everything())).get("nodes");
        List<String> kinds = new ArrayList<>();
        nodes.forEach(n -> kinds.add(n.get("kind").asText()));
        assertEquals(List.of("page", "year", "strategic", "goal", "goal", "tactical", "area", "topic", "stance_line",
                "item", "item", "stance_line", "item", "stance_line", "item", "stance_line", "item", "item", "item",
                "year", "goal"), kinds);
        JsonNode modernize = nodes.get(4);
        assertEquals("2022-05-01", modernize.get("doneOn").asText());
        assertTrue(modernize.get("done").asBoolean());
        assertTrue(modernize.get("stance").isNull());
        assertTrue(modernize.get("source").isNull());
        JsonNode gatsby = nodes.get(9);
        assertEquals("maintain", gatsby.get("stance").asText());
        assertTrue(gatsby.get("inline").asBoolean());
        assertTrue(gatsby.get("doneOn").isNull(), "ticked without a date");
        assertEquals("GatsbyJS ✅", gatsby.get("source").get("lead").asText());
    }

    @Test
    void aPageLargerThanJacksonsDefaultLimitStillRestores() {
        NotebookBuilder b = new NotebookBuilder();
        long page = b.add(0, NodeKind.PAGE, "Big page");
        String text = "A long log line, with 🚀 and \"quotes\".\n".repeat(500_000); // over 20 MB
        b.change(page, n -> n.withNotes(text));
        Notebook back = JsonBackup.read(JsonBackup.write(b.build()));
        assertEquals(text, back.outline().get(page).notes());
    }

    @Test
    void absurdlyNestedJsonIsRefusedWithoutCrashing() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertEquals("not a Goalbook backup: Document nesting depth (1001) exceeds the maximum allowed (1000)",
                refusal(deep));
    }

    @Test
    void textThatIsNotJsonIsRefusedWithLineAndColumn() {
        String broken = "{\n  \"format\": \"goalbook-backup\",\n  \"version\": 1,\n  \"nodes\": [,]\n}\n";
        ExchangeException e = assertThrows(ExchangeException.class, () -> JsonBackup.read(broken));
        assertTrue(e.getMessage().startsWith("not a JSON file: line 4, column 13: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void emptyTextAndTrailingGarbageAreNotJson() {
        assertEquals("not a JSON file: it is empty", refusal(" \n"));
        assertTrue(refusal("{\"format\": \"goalbook-backup\", \"version\": 1} and more").startsWith(
                "not a JSON file: line 1, column 48: Unrecognized token 'and'"));
        assertTrue(refusal("# Journal\n\n- [x] Markdown is not JSON\n").startsWith(
                "not a JSON file: line 1, column 1: Unexpected character ('#'"));
    }

    @Test
    void jsonThatIsNotAGoalbookBackupIsRefused() {
        String message = "not a Goalbook backup: it has no \"format\": \"goalbook-backup\"";
        assertEquals(message, refusal("[1, 2, 3]"));
        assertEquals(message, refusal("{\"entries\": []}"));
        assertEquals(message, refusal("{\"format\": \"tech-radar\", \"version\": 1}"));
        assertEquals(message, refusal("\"goalbook-backup\""));
    }

    @Test
    void aBackupFromANewerFormatIsRefusedWithoutLookingFurther() {
        assertEquals("made by a newer Goalbook (backup format 3; this version reads up to 2)",
                refusal("{\"format\": \"goalbook-backup\", \"version\": 3, \"nodes\": \"a new shape\"}"));
    }

    @Test
    void aVersionThatIsNotAWholeNumberIsRefused() {
        assertEquals("broken backup: \"version\" must be a whole number from 1, not \"1\"",
                refusal("{\"format\": \"goalbook-backup\", \"version\": \"1\"}"));
        assertEquals("broken backup: \"version\" must be a whole number from 1, not 0",
                refusal("{\"format\": \"goalbook-backup\", \"version\": 0}"));
    }

    @Test
    void unknownKindsAndStancesAreRefused() {
        assertEquals("broken backup: node 2 has an unknown kind \"chapter\"", refusal(backup(
                node(1, 0, "year", null), node(2, 1, "chapter", null))));
        assertEquals("broken backup: node 2 has an unknown stance \"sometimes\"", refusal(backup(
                node(1, 0, "year", null), node(2, 1, "item", "sometimes"))));
        assertEquals("broken backup: node 1 has an unknown kind (none given)", refusal(backup(
                "{\"id\": 1, \"parentId\": 0}")));
    }

    @Test
    void nodesWhoseParentIsMissingAreRefused() {
        assertEquals("broken backup: node 2 has parent 99, which is not in the backup", refusal(backup(
                node(1, 0, "year", null), node(2, 99, "goal", null))));
    }

    @Test
    void nodesThatFormACycleAreRefused() {
        assertEquals("broken backup: nodes 2, 3 are each other's ancestors (a cycle)", refusal(backup(
                node(1, 0, "year", null), node(2, 3, "goal", null), node(3, 2, "goal", null),
                node(4, 3, "goal", null))));
        assertEquals("broken backup: node 2 is its own parent", refusal(backup(
                node(1, 0, "year", null), node(2, 2, "goal", null))));
    }

    @Test
    void duplicateIdsAreRefused() {
        assertEquals("broken backup: node id 1 appears more than once", refusal(backup(
                node(1, 0, "year", null), node(1, 0, "page", null))));
        assertEquals("broken backup: resource id 5 appears more than once", refusal(
                "{\"format\": \"goalbook-backup\", \"version\": 1, \"nodes\": [], \"resources\": ["
                        + "{\"id\": 5, \"url\": \"https://a.example\"}, {\"id\": 5, \"url\": \"https://b.example\"}]}"));
    }

    @Test
    void valuesOfTheWrongTypeAreNamedByTheirPlace() {
        assertEquals("broken backup: nodes[1].id should be a whole number", refusal(backup(
                node(1, 0, "year", null), "{\"id\": \"two\", \"parentId\": 1, \"kind\": \"goal\"}")));
        assertEquals("broken backup: nodes[0].done should be true or false", refusal(backup(
                "{\"id\": 1, \"parentId\": 0, \"kind\": \"year\", \"done\": \"yes\"}")));
        assertEquals("broken backup: nodes should be a list", refusal(
                "{\"format\": \"goalbook-backup\", \"version\": 1, \"nodes\": {}}"));
    }

    @Test
    void badDatesAndMisplacedNodesAreRefused() {
        assertEquals("broken backup: node 1 has \"doneOn\": \"2022-13-01\", which is not a YYYY-MM-DD date",
                refusal(backup("{\"id\": 1, \"parentId\": 0, \"kind\": \"year\", \"doneOn\": \"2022-13-01\"}")));
        assertEquals("broken backup: node 1 (item) is at the top level, where only pages and years stand",
                refusal(backup(node(1, 0, "item", null))));
        assertEquals("broken backup: node 2 (page) has a parent, but pages and years stand at the top level",
                refusal(backup(node(1, 0, "year", null), node(2, 1, "page", null))));
    }

    @Test
    void resourcesAttachedToMissingNodesAreRefused() {
        assertEquals("broken backup: resource 3 is attached to node 42, which is not in the backup", refusal(
                "{\"format\": \"goalbook-backup\", \"version\": 1, \"nodes\": [], \"resources\": ["
                        + "{\"id\": 3, \"url\": \"https://a.example\", \"nodeId\": 42}]}"));
    }

    @Test
    void fieldsLeftOutOfAHandWrittenBackupTakeTheirEmptyValues() {
        Notebook nb = JsonBackup.read(backup("{\"id\": 7, \"parentId\": 0, \"kind\": \"YEAR\", \"name\": \"2024\"}"));
        var year = nb.outline().get(7);
        assertEquals(NodeKind.YEAR, year.kind());
        assertEquals("", year.notes());
        assertNull(year.source());
        assertNotNull(nb.meta());
        assertEquals(List.of(), nb.resources());
    }

    private static String refusal(String json) {
        return assertThrows(ExchangeException.class, () -> JsonBackup.read(json)).getMessage();
    }

    private static String backup(String... nodes) {
        return "{\"format\": \"goalbook-backup\", \"version\": 1, \"nodes\": [" + String.join(", ", nodes) + "]}";
    }

    private static String node(long id, long parentId, String kind, String stance) {
        return "{\"id\": " + id + ", \"parentId\": " + parentId + ", \"kind\": \"" + kind + "\", \"stance\": "
                + (stance == null ? "null" : "\"" + stance + "\"") + "}";
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
