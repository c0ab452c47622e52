package org.goalbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.markdown.JournalImporter;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.junit.jupiter.api.Test;

/** The benchmark's generated journal: the same text every run, read as goals and pages, and written back as read. */
class GeneratedJournalTest {
    private static final String TEXT = GeneratedJournal.of(300_000, 7);

    @Test
    void theSameSeedGivesTheSameJournal() {
        assertThat(GeneratedJournal.of(300_000, 7)).isEqualTo(TEXT);
        assertThat(GeneratedJournal.of(300_000, 8)).isNotEqualTo(TEXT);
    }

    @Test
    void isReadAsYearsOfGoalsBetweenPages() {
        List<Node> nodes = JournalImporter.read(TEXT).outline().preorder();
        for (NodeKind kind : NodeKind.values()) {
            assertThat(nodes).as("nodes of kind " + kind).anyMatch(n -> n.kind() == kind);
        }
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.ITEM && n.inline() && n.link() != null).isNotEmpty();
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.ITEM && n.inline() && n.doneOn() != null).isNotEmpty();
        assertThat(nodes).noneMatch(n -> n.name().contains("not, an, item"));
    }

    @Test
    void exportGivesBackTheSameBytes() {
        Notebook notebook = JournalImporter.read(TEXT);
        assertThat(JournalExporter.write(notebook)).isEqualTo(TEXT);
    }
}
