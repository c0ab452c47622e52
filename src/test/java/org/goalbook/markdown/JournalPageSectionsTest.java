package org.goalbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.PageSections;
import org.goalbook.model.TreeMoves;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;

/** The user's journal read as nested pages: the outline the journal has, the opening apart, the bytes unchanged. */
class JournalPageSectionsTest {
    private final String journal = SharedFixtures.journal();
    private final Notebook notebook = JournalImporter.read(journal);
    private final Outline outline = notebook.outline();
    private final PageSections pages = PageSections.of(outline);

    private Node page(String name) {
        return outline.roots().stream().filter(n -> n.displayName().equals(name)).findFirst().orElseThrow();
    }

    private List<String> names(List<Node> nodes) {
        return nodes.stream().map(Node::displayName).toList();
    }

    @Test
    void summaryStandsUnderItsPageAndTheChaptersUnderTheReport() {
        assertEquals(List.of("Summary"), names(pages.children(page("A Raft of Google Stuff from Google IO").id())));
        assertThat(names(pages.children(page("Chapter 1: Process, Framework, Skills").id())))
                .containsExactly("Top Process Frameworks/Skill Gaps", "Platform Engineering", "SRE",
                        "Design Thinking", "DataOpos", "ModelOps", "Value Stream Management (VSM)");
        assertThat(names(pages.children(0))).startsWith("Things I Bought", "A Raft of Google Stuff from Google IO",
                "Log (LIFO)", "Articles");
    }

    @Test
    void theNavigationLineIsTheOpeningAndNoPage() {
        Node opening = pages.opening().orElseThrow();
        assertThat(opening.notes().strip()).startsWith("[Log](#log-lifo) | [Articles](#articles)");
        assertThat(names(pages.children(0))).noneMatch(n -> n.startsWith("Log |"));
        assertEquals(journal, JournalExporter.write(notebook), "the opening is exported where it was, unchanged");
    }

    @Test
    void copyingAPageTakesTheTextOfThePagesUnderItAsCutDeletesThem() {
        String copied = MarkdownList.copy(outline, page("A Raft of Google Stuff from Google IO").id());
        assertThat(copied).startsWith("## A Raft of Google Stuff from Google IO").contains("\n### Summary\n")
                .doesNotContain("My Goals in 2022");
    }

    @Test
    void movingAPageUpTakesItsSummaryAlongAndMovingItBackGivesTheSameBytes() {
        long raft = page("A Raft of Google Stuff from Google IO").id();
        Outline up = OutlineEdits.preview(outline, TreeMoves.step(outline, raft, TreeMoves.Step.UP));
        String moved = JournalExporter.write(new Notebook(notebook.meta(), up, notebook.resources()));
        assertThat(moved.indexOf("## A Raft of Google Stuff")).isLessThan(moved.indexOf("### Summary"));
        assertThat(moved.indexOf("### Summary")).isLessThan(moved.indexOf("## Things I Bought"));
        Outline back = OutlineEdits.preview(up, TreeMoves.step(up, raft, TreeMoves.Step.DOWN));
        assertEquals(journal, JournalExporter.write(new Notebook(notebook.meta(), back, notebook.resources())));
    }
}
