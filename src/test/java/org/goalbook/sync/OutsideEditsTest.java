package org.goalbook.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.model.Change;
import org.goalbook.model.Node;
import org.goalbook.model.Notebook;
import org.goalbook.store.NotebookStore;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits made to the linked file elsewhere reach the notebook as one undoable change that keeps every node's id. */
class OutsideEditsTest {
    @TempDir
    Path dir;

    @Test
    void aTickARenameAndANewItemInTheFileKeepTheIdsOfEveryOtherNodeAndCanBeUndone() throws IOException {
        String original = SharedFixtures.journal();
        Path journal = Files.writeString(dir.resolve("journal.md"), original, StandardCharsets.UTF_8);
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"))) {
            List<List<Change>> applied = new ArrayList<>();
            LinkedJournal linked = new LinkedJournal(store, new NotebookUpdates() {
                @Override
                public void apply(List<Change> changes) {
                    applied.add(store.apply(changes));
                }

                @Override
                public void replaceAll(Notebook notebook) {
                    store.replaceAll(notebook);
                }
            });
            linked.link(journal, LinkedJournal.Differing.REFUSE);
            List<Node> before = store.outline().preorder();
            Node gatsby = before.stream().filter(n -> n.name().equals("GatsbyJS")).findFirst().orElseThrow();
            Node remix = before.stream().filter(n -> n.name().contains("Remix")).findFirst().orElseThrow();

            String edited = original.replace("  - Maintain: GatsbyJS, React", "  - Maintain: GatsbyJS \u2705, React, Vue")
                    .replace("[Remix](https://remix.run/)", "[Remix v2](https://remix.run/)");
            Files.writeString(journal, edited, StandardCharsets.UTF_8);
            assertThat(linked.sync().outcome()).isEqualTo(SyncReport.Outcome.READ_FILE);

            assertThat(store.outline().get(gatsby.id()).done()).isTrue();
            assertThat(store.outline().get(remix.id()).name()).contains("Remix v2");
            for (Node n : before) {
                assertThat(store.outline().find(n.id())).as(n.name()).isPresent();
            }
            assertThat(store.outline().size()).isEqualTo(before.size() + 1);
            assertThat(JournalExporter.write(store.notebook())).isEqualTo(edited);
            assertThat(Files.readString(journal, StandardCharsets.UTF_8)).isEqualTo(edited);

            assertThat(applied).hasSize(1);
            store.apply(applied.get(0));
            assertThat(JournalExporter.write(store.notebook())).isEqualTo(original);
            assertThat(linked.sync().outcome()).isEqualTo(SyncReport.Outcome.WROTE_FILE);
            assertThat(Files.readString(journal, StandardCharsets.UTF_8)).isEqualTo(original);
        }
    }

    @Test
    void aNewPageOrGoalWithLinesBelowItComesInWhole() throws IOException {
        String original = SharedFixtures.journal();
        Path journal = Files.writeString(dir.resolve("journal.md"), original, StandardCharsets.UTF_8);
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"))) {
            LinkedJournal linked = LinkedJournal.of(store);
            linked.link(journal, LinkedJournal.Differing.REFUSE);
            String edited = original.replace("  - Maintain: GatsbyJS, React\n",
                    "  - Maintain: GatsbyJS, React\n- Mobile\n  - Explore: Flutter, Kotlin\n");
            Files.writeString(journal, edited, StandardCharsets.UTF_8);

            assertThat(linked.sync().outcome()).isEqualTo(SyncReport.Outcome.READ_FILE);

            assertThat(JournalExporter.write(store.notebook())).isEqualTo(edited);
            assertThat(store.outline().preorder().stream().map(Node::name)).contains("Mobile", "Kotlin");
        }
    }
}
