package org.goalbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.goalbook.model.EditRefused;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;

/** The front matter as notebook properties: one line changes, in the journal's YAML style; the rest is kept. */
class NotebookPropertiesTest {
    private static final String FRONT = """
            ---
            title: "Journal: Ending 2022-01-21"
            date: "2022-01-21T22:12:03.284Z"
            status: draft
            author: EdPike365
            tags:
              - edpike365
              - DevOps
              - "Full Stack"
            ---
            """;
    private final NotebookMeta meta = JournalImporter.read(FRONT + "\n## Log\n").meta();

    @Test
    void aChangedTitleKeepsItsQuotesAndNoOtherLineMoves() {
        NotebookMeta after = NotebookProperties.with(meta, "title", "Journal: Ending 2023 \"draft\"");
        assertEquals(FRONT.replace("title: \"Journal: Ending 2022-01-21\"",
                "title: \"Journal: Ending 2023 \\\"draft\\\"\""), after.frontMatter());
        assertEquals("Journal: Ending 2023 \"draft\"", after.title(), "read back as typed");
    }

    @Test
    void aPlainValueStaysPlainUnlessYamlWouldReadItOtherwise() {
        assertThat(NotebookProperties.with(meta, "status", "published").frontMatter())
                .contains("\nstatus: published\n");
        NotebookMeta colon = NotebookProperties.with(meta, "author", "Ed: Pike");
        assertThat(colon.frontMatter()).contains("\nauthor: \"Ed: Pike\"\n");
        assertEquals("Ed: Pike", colon.author());
    }

    @Test
    void tagsKeepTheLinesOfTagsKeptAndNewOnesFollowTheirStyle() {
        NotebookMeta after = NotebookProperties.with(meta, "tags", "edpike365, Full Stack, Site Reliability, SRE");
        assertEquals(FRONT.replace("  - DevOps\n  - \"Full Stack\"\n",
                "  - \"Full Stack\"\n  - \"Site Reliability\"\n  - SRE\n"), after.frontMatter());
        assertEquals(List.of("edpike365", "Full Stack", "Site Reliability", "SRE"), after.tags());
    }

    @Test
    void aMissingKeyIsAddedBeforeTheClosingFenceAndAJournalWithoutFrontMatterGetsOne() {
        NotebookMeta noStatus = JournalImporter.read("---\r\ntitle: x\r\n---\r\n## Log\r\n").meta();
        assertEquals("---\r\ntitle: x\r\nstatus: done\r\n---\r\n",
                NotebookProperties.with(noStatus, "status", "done").frontMatter(), "in the journal's line ending");
        NotebookMeta none = JournalImporter.read("## Log\n").meta();
        assertEquals("---\ntags:\n  - SynBio\n---\n", NotebookProperties.with(none, "tags", "SynBio").frontMatter());
    }

    @Test
    void aLineBreakOrAnUnknownKeyIsRefusedWithTheReason() {
        assertThatThrownBy(() -> NotebookProperties.with(meta, "title", "two\nlines"))
                .isInstanceOf(EditRefused.class).hasMessage("The title must be one line; it has a line break or a "
                        + "control character.");
        assertThatThrownBy(() -> NotebookProperties.with(meta, "colour", "red"))
                .isInstanceOf(EditRefused.class).hasMessageContaining("not a notebook property");
    }

    @Test
    void malformedFrontMatterIsKeptAsWrittenAndItsOddLinesAreNamed() {
        String odd = "---\ntitle: x\nthis is not yaml\ntags:\n  - a\n# a comment\n---\n## Log\n";
        Notebook notebook = JournalImporter.read(odd);
        assertEquals(List.of("Front matter line 3 is not a \"key: value\" line (this is not yaml); it is kept as "
                + "written but is no property."), NotebookProperties.problems(notebook.meta()));
        assertEquals(odd, JournalExporter.write(notebook), "nothing lost");
        NotebookMeta titled = NotebookProperties.with(notebook.meta(), "title", "y");
        assertEquals("---\ntitle: y\nthis is not yaml\ntags:\n  - a\n# a comment\n---\n", titled.frontMatter());
        assertEquals(List.of(), NotebookProperties.problems(meta), "the journal's own front matter reads clean");
    }

    @Test
    void searchFindsAWordBeginningInAnyPropertyAndMarksIt() {
        assertEquals("tags: edpike365, DevOps, [Full] Stack", NotebookProperties.match(meta, "full").orElseThrow());
        assertEquals("status: [draft]", NotebookProperties.match(meta, "DRAFT edpike").orElseThrow());
        assertThat(NotebookProperties.match(meta, "draft kubernetes")).isEmpty();
        assertThat(NotebookProperties.match(meta, "  ")).isEmpty();
    }

    @Test
    void theJournalsPropertiesEditedAndEditedBackExportTheSameBytes() {
        String journal = SharedFixtures.journal();
        Notebook notebook = JournalImporter.read(journal);
        assertThat(NotebookProperties.values(notebook.meta())).containsEntry("title", "Journal: Ending 2022-01-21")
                .containsEntry("author", "EdPike365").containsEntry("status", "draft")
                .containsEntry("date", "2022-01-21T22:12:03.284Z")
                .containsEntry("tags", "edpike365, DevOps, Full Stack, SRE, SynBio");
        NotebookMeta edited = NotebookProperties.with(notebook.meta(), "status", "published");
        String out = JournalExporter.write(new Notebook(edited, notebook.outline(), notebook.resources()));
        assertEquals(journal.replace("status: draft\n", "status: published\n"), out, "one line changed");
        NotebookMeta back = NotebookProperties.with(NotebookProperties.with(edited, "status", "draft"), "tags",
                "edpike365, DevOps, Full Stack, SRE, SynBio");
        assertEquals(journal, JournalExporter.write(new Notebook(back, notebook.outline(), notebook.resources())));
    }
}
