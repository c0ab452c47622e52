package org.goalbook.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.markdown.JournalImporter;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.OutlineEdits;
import org.goalbook.store.NotebookStore;
import org.goalbook.testing.SharedFixtures;

/** Random edits on both sides never lose an edit that did not conflict: in the text merge, and through a notebook. */
class MergeProperties {

    @Property(tries = 500)
    void everyLineEditThatDidNotConflictIsInTheMergedText(@ForAll long seed) {
        Random rnd = new Random(seed);
        List<String> base = new ArrayList<>();
        for (int i = rnd.nextInt(30); i >= 0; i--) {
            base.add("b" + i + "\n");
        }
        List<String> ours = edited(base, rnd, "o");
        List<String> theirs = edited(base, rnd, "t");
        ThreeWayMerge.Result r = ThreeWayMerge.merge(String.join("", base), String.join("", ours),
                String.join("", theirs));
        List<String> merged = ThreeWayMerge.lines(r.text());
        Set<String> conflictTheirs = new HashSet<>();
        Set<String> conflictOurs = new HashSet<>();
        r.conflicts().forEach(c -> {
            conflictTheirs.addAll(ThreeWayMerge.lines(c.theirs()));
            conflictOurs.addAll(ThreeWayMerge.lines(c.ours()));
            conflictOurs.addAll(ThreeWayMerge.lines(c.base()));
        });
        String why = "base " + base + "\nours " + ours + "\ntheirs " + theirs + "\nmerged " + merged;
        for (String line : ours) {
            if (!base.contains(line)) {
                assertThat(merged).as(why).contains(line);
            }
        }
        for (String line : theirs) {
            if (!base.contains(line) && !conflictTheirs.contains(line)) {
                assertThat(merged).as(why).contains(line);
            }
        }
        for (String line : base) {
            boolean gone = !ours.contains(line) || !theirs.contains(line);
            if (gone && !conflictOurs.contains(line)) {
                assertThat(merged).as(why).doesNotContain(line);
            }
            if (!gone && !conflictOurs.contains(line)) {
                assertThat(merged).as(why).contains(line);
            }
        }
        if (r.conflicts().isEmpty()) {
            // Without a conflict the merge is the same from either side.
            assertThat(ThreeWayMerge.merge(String.join("", base), String.join("", theirs), String.join("", ours))
                    .text()).as(why).isEqualTo(r.text());
        }
    }

    /** A few random replacements, deletions and insertions; every new line is unique. */
    private static List<String> edited(List<String> base, Random rnd, String side) {
        List<String> lines = new ArrayList<>(base);
        int edits = rnd.nextInt(5);
        for (int k = 0; k < edits; k++) {
            int op = rnd.nextInt(3);
            if (op == 0 && !lines.isEmpty()) {
                lines.set(rnd.nextInt(lines.size()), side + k + "\n");
            } else if (op == 1 && !lines.isEmpty()) {
                lines.remove(rnd.nextInt(lines.size()));
            } else {
                lines.add(rnd.nextInt(lines.size() + 1), side + k + "\n");
            }
        }
        return lines;
    }

    @Property(tries = 15)
    void ticksInTheNotebookAndLinesAddedToTheFileBothSurviveASync(@ForAll long seed) throws IOException {
        Random rnd = new Random(seed);
        Path dir = Files.createTempDirectory("merge-property");
        Path journal = Files.writeString(dir.resolve("journal.md"), SharedFixtures.journal(), StandardCharsets.UTF_8);
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"))) {
            LinkedJournal linked = LinkedJournal.of(store);
            linked.link(journal, LinkedJournal.Differing.REFUSE);

            List<Node> items = store.outline().preorder().stream()
                    .filter(n -> n.kind() == NodeKind.ITEM && !n.done()).toList();
            Set<Long> ticked = new HashSet<>();
            for (int i = rnd.nextInt(4) + 1; i > 0; i--) {
                Node item = items.get(rnd.nextInt(items.size()));
                ticked.add(item.id());
                store.apply(OutlineEdits.tick(store.outline(), item.id(), true, LocalDate.of(2022, 5, 1)));
            }
            String base = Files.readString(journal, StandardCharsets.UTF_8);
            List<String> tickedLines = new ArrayList<>(ThreeWayMerge.lines(JournalExporter.write(store.notebook())));
            tickedLines.removeAll(ThreeWayMerge.lines(base));
            List<String> lines = ThreeWayMerge.lines(base);
            List<String> added = new ArrayList<>();
            for (int i = rnd.nextInt(4) + 1; i > 0; i--) {
                int at = rnd.nextInt(lines.size() + 1);
                String line = "Added on the other machine " + i + "\n";
                if (at > 0 && !lines.get(at - 1).endsWith("\n")) {
                    continue;
                }
                lines.add(at, line);
                added.add(line);
            }
            Files.writeString(journal, String.join("", lines), StandardCharsets.UTF_8);

            SyncReport report = linked.sync();

            String file = Files.readString(journal, StandardCharsets.UTF_8);
            assertThat(JournalExporter.write(store.notebook())).isEqualTo(file);
            String theirsInConflict = String.join("", report.conflicts().stream().map(Conflict::theirs).toList());
            for (String line : added) {
                if (!theirsInConflict.contains(line)) {
                    assertThat(ThreeWayMerge.lines(file)).as(line).contains(line);
                }
            }
            // The lines the ticks changed are in the file (a conflict keeps the notebook's lines too)...
            for (String line : tickedLines) {
                assertThat(ThreeWayMerge.lines(file)).as(line).contains(line);
            }
            // ...and an item the added lines did not turn into text of another node is still the same, ticked node.
            for (long id : ticked) {
                store.outline().find(id).ifPresent(item -> assertThat(item.done()).as(item.name()).isTrue());
            }
            assertThat(JournalImporter.read(file).outline().size()).isEqualTo(store.outline().size());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
