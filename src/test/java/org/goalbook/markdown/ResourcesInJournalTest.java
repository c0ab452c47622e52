package org.goalbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.Notebook;
import org.goalbook.model.Resource;
import org.goalbook.testing.LineDiff;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resources attached to items travel in the journal as a "Links:" list in the item's notes, and come back. */
class ResourcesInJournalTest {
    private String journal;
    private Notebook notebook;

    @BeforeEach
    void read() {
        journal = SharedFixtures.journal();
        notebook = JournalImporter.read(journal);
    }

    private Notebook attached(String itemName, Resource... resources) {
        long id = SmallDiffTest.find(notebook.outline(), itemName).id();
        List<Resource> on = java.util.Arrays.stream(resources)
                .map(r -> new Resource(0, r.title(), r.url(), r.summary(), "", id)).toList();
        return new Notebook(notebook.meta(), notebook.outline(), on, notebook.inbox());
    }

    private static final Resource KUBE = new Resource(0, "Kubernetes services [explained]",
            "https://sthwk.com/kube-services", "How a Service finds its pods, with pictures.", "", 0);
    private static final Resource TREE = new Resource(0, "ahmetb/kubectl-tree",
            "https://github.com/ahmetb/kubectl-tree", "", "", 0);

    @Test
    void attachingAddsOnlyTheLinksLinesUnderTheItem() {
        String out = JournalExporter.write(attached("Master SPA and webworkers", KUBE, TREE));

        // A list in notes goes between the notes comments (Notes), which a Markdown reader hides.
        assertThat(LineDiff.of(journal, out)).containsExactly(
                "+",
                "+  <!-- notes -->",
                "+  Links:",
                "+  - [Kubernetes services \\[explained\\]](https://sthwk.com/kube-services) \u2014 How a Service "
                        + "finds its pods, with pictures.",
                "+  - [ahmetb/kubectl-tree](https://github.com/ahmetb/kubectl-tree)",
                "+  <!-- end of notes -->",
                "+");
    }

    @Test
    void anItemsOwnNotesStayAsTheyWereAboveItsLinks() {
        Node withNotes = notebook.outline().preorder().stream()
                .filter(n -> n.kind() != org.goalbook.model.NodeKind.PAGE && !n.notes().isBlank() && !n.inline())
                .findFirst().orElseThrow();

        String out = JournalExporter.write(attached(withNotes.name(), KUBE));

        assertThat(LineDiff.of(journal, out)).allMatch(l -> l.startsWith("+")).hasSize(5);
        Notebook again = JournalImporter.read(out);
        assertThat(SmallDiffTest.find(again.outline(), withNotes.name()).notes()).isEqualTo(withNotes.notes());
        assertThat(again.resources()).extracting(Resource::url).containsExactly(KUBE.url());
    }

    @Test
    void importingTheExportGivesTheResourcesBack() {
        String out = JournalExporter.write(attached("Master SPA and webworkers", KUBE, TREE));

        Notebook again = JournalImporter.read(out);

        Node item = SmallDiffTest.find(again.outline(), "Master SPA and webworkers");
        assertThat(again.resources()).extracting(Resource::title, Resource::url, Resource::summary, Resource::nodeId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(KUBE.title(), KUBE.url(), KUBE.summary(), item.id()),
                        org.assertj.core.groups.Tuple.tuple(TREE.title(), TREE.url(), "", item.id()));
        assertThat(item.notes()).isEqualTo(SmallDiffTest.find(notebook.outline(), "Master SPA and webworkers")
                .notes());
        assertThat(JournalExporter.write(again)).isEqualTo(out);
    }

    @Test
    void anUntouchedJournalHasNoResourcesAndExportsTheSameBytes() {
        assertThat(notebook.resources()).isEmpty();
        assertThat(JournalExporter.write(notebook)).isEqualTo(journal);
    }

    @Test
    void aLinksListWrittenOtherwiseStaysNotes() {
        assertThat(ResourceLinks.split("Links:\n- [a](https://a.example/)\n", 7)).isNull(); // trailing line
        assertThat(ResourceLinks.split("Links:\n* [a](https://a.example/)", 7)).isNull();
        assertThat(ResourceLinks.split("Links:\n- [a](https://a.example/)\nmore words", 7)).isNull();
        assertThat(ResourceLinks.split("Read.\n\nLinks:\n- [a](https://a.example/) \u2014 why", 7))
                .isEqualTo(new ResourceLinks.Split("Read.",
                        List.of(new Resource(0, "a", "https://a.example/", "why", "", 7))));
    }

    @Test
    void anItemInACommaListKeepsItsLinksToo() {
        // Attach moves the item onto a bullet of its own first; a resource stored without that (a backup) is
        // written the same way rather than lost.
        String out = JournalExporter.write(attached("GatsbyJS", TREE));

        assertThat(LineDiff.of(journal, out)).contains("+    - GatsbyJS",
                "+      - [ahmetb/kubectl-tree](https://github.com/ahmetb/kubectl-tree)");
        Notebook again = JournalImporter.read(out);
        assertThat(again.resources()).extracting(Resource::url, Resource::nodeId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TREE.url(),
                        SmallDiffTest.find(again.outline(), "GatsbyJS").id()));
        assertThat(JournalExporter.write(again)).isEqualTo(out);
    }

    @Test
    void replacingAYearKeepsLinksOnItsItemsOnceAndOthersUnattached() {
        Notebook stored = attached("Master SPA and webworkers", KUBE, TREE);
        Notebook journalWithKube = JournalImporter.read(JournalExporter.write(
                attached("Master SPA and webworkers", KUBE)));

        Notebook merged = JournalMerge.merge(stored, journalWithKube, true);

        Node item = SmallDiffTest.find(merged.outline(), "Master SPA and webworkers");
        assertThat(merged.resources()).extracting(Resource::url, Resource::nodeId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(KUBE.url(), item.id()),
                org.assertj.core.groups.Tuple.tuple(TREE.url(), 0L));
    }
}
