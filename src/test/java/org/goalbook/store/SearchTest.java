package org.goalbook.store;

import static org.goalbook.store.SampleNotebook.FRONT_END;
import static org.goalbook.store.SampleNotebook.LOG;
import static org.goalbook.store.SampleNotebook.MAINTAIN;
import static org.goalbook.store.SampleNotebook.MASTER_SPA;
import static org.goalbook.store.SampleNotebook.REACT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.goalbook.markdown.PageTasks;
import org.goalbook.model.NodeKind;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTest {
    @TempDir
    Path dir;
    private NotebookStore store;

    @BeforeEach
    void open() {
        store = NotebookStore.open(dir.resolve("n.goalbook"));
        store.replaceAll(SampleNotebook.notebook());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNameMatchComesFirstWithTheMatchMarked() {
        List<SearchHit> hits = store.search("react", 10);
        assertEquals(new SearchHit(REACT, NodeKind.ITEM, "React", "[React]"), hits.get(0));
    }

    @Test
    void pagesAreFoundByTheirTextOnOneLine() {
        SearchHit hit = store.search("kubernetes", 10).get(0);
        assertEquals(LOG, hit.nodeId());
        assertEquals(NodeKind.PAGE, hit.kind());
        assertEquals("## Log (LIFO) Read about *[kubernetes]* operators.", hit.snippet());
    }

    @Test
    void wordsArePrefixesAndAllMustMatch() {
        assertEquals(List.of(SampleNotebook.MODERNIZE), ids(store.search("moderni jav", 10)));
        assertEquals(List.of(), store.search("modernize kotlin", 10));
    }

    @Test
    void stanceLinesAreNeverHits() {
        assertTrue(store.search("maintain", 10).stream().noneMatch(h -> h.nodeId() == MAINTAIN));
    }

    @Test
    void aNewItemIsFoundAtOnce() {
        store.apply(OutlineEdits.add(store.outline(), FRONT_END, -1, "Master Typescript", null));
        assertEquals(List.of("Master Typescript"), names(store.search("typescript", 10)));
    }

    @Test
    void aRenamedItemIsFoundByItsNewNameOnly() {
        store.apply(OutlineEdits.rename(store.outline(), REACT, "Preact"));
        assertEquals(List.of(), store.search("react", 10));
        assertEquals(List.of(REACT), ids(store.search("preact", 10)));
    }

    @Test
    void editedNotesAreFoundByTheirNewText() {
        store.apply(OutlineEdits.setNotes(store.outline(), MASTER_SPA, "Suspense and server components"));
        assertEquals(List.of(), store.search("hooks", 10));
        SearchHit hit = store.search("suspense", 10).get(0);
        assertEquals(MASTER_SPA, hit.nodeId());
        assertEquals("[Suspense] and server components", hit.snippet());
    }

    @Test
    void aDeletedItemIsNoLongerFound() {
        store.apply(OutlineEdits.delete(store.outline(), REACT));
        assertEquals(List.of(), store.search("react", 10));
        store.apply(OutlineEdits.delete(store.outline(), MASTER_SPA));
        assertEquals(List.of(), store.search("hooks", 10), "a deleted item's notes are gone too");
    }

    @Test
    void aTickDoesNotDisturbTheIndex() {
        store.apply(OutlineEdits.tick(store.outline(), REACT, true, java.time.LocalDate.of(2022, 2, 2)));
        assertEquals(List.of(REACT), ids(store.search("react", 10)));
        assertEquals(List.of(), store.check());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "\"react", "react\"", "a \"b\" c", "NEAR(react hooks)", "react AND", "OR", "NOT x",
            "*", "react*", "-react", "name:react", "^react", "(react", "react)", "{name}: x", "+", "'", "''", "\\",
            "%_", ";DROP TABLE node;--", "   ", "", "✅", "日本語", "C++", "c#", "[Okta](https://okta.com/)"})
    void anyTextTheUserTypesIsSearchedWithoutError(String text) {
        store.search(text, 10);
        assertEquals(SampleNotebook.outline().size(), store.outline().size());
    }

    @Test
    void operatorWordsAreJustWords() {
        assertEquals(List.of(REACT), ids(store.search("\"react\"", 10)));
        assertEquals(List.of(), store.search("react OR kubernetes", 10), "OR is a word here, not an operator");
        assertEquals(List.of(SampleNotebook.OKTA), ids(store.search("okta.com", 10)));
    }

    @Test
    void aPageTaskIsAHitOfItsOwnRightAfterItsPage() {
        store.apply(OutlineEdits.setNotes(store.outline(), LOG, TASKS));
        List<SearchHit> hits = store.search("sre", 10, PageTasks::texts);
        assertEquals(List.of(LOG, LOG, LOG), ids(hits));
        assertEquals(NodeKind.PAGE, hits.get(0).kind());
        assertEquals(0, hits.get(0).task(), "the page itself comes first");
        assertEquals(new SearchHit(LOG, NodeKind.PAGE, "read the SRE book", "read the [SRE] book", 1), hits.get(1));
        assertEquals(new SearchHit(LOG, NodeKind.PAGE, "watch the SRE talk", "watch the [SRE] talk", 2), hits.get(2));
    }

    @Test
    void aTaskIsAHitOnlyWhenItsOwnLineHoldsEveryWord() {
        store.apply(OutlineEdits.setNotes(store.outline(), LOG, TASKS));
        assertEquals(List.of(0), tasks(store.search("read talk", 10, PageTasks::texts)), "words on two lines");
        assertEquals(List.of(0), tasks(store.search("fenced", 10, PageTasks::texts)), "code is not a task");
        assertEquals(List.of(0, 2), tasks(store.search("wat tal", 10, PageTasks::texts)), "prefixes, as for nodes");
    }

    @Test
    void theLimitCountsTaskHitsToo() {
        store.apply(OutlineEdits.setNotes(store.outline(), LOG, TASKS));
        assertEquals(List.of(0, 1), tasks(store.search("sre", 2, PageTasks::texts)));
    }

    @Test
    void theLimitIsRespected() {
        assertEquals(1, store.search("o", 1).size());
        assertEquals(List.of(), store.search("react", 0));
    }

    private static final String TASKS = "## Reading\n\n- [ ] read the SRE book\n* [x] watch the SRE talk\n"
            + "```\n- [ ] sre fenced\n```\n";

    private static List<Integer> tasks(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::task).toList();
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::nodeId).toList();
    }

    private static List<String> names(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::name).toList();
    }
}
