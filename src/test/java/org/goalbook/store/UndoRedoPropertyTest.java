package org.goalbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.goalbook.model.Change;
import org.goalbook.model.EditRefused;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.OutlineShape;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Stance;

/** Any run of user edits, undone last first, gives back the notebook row for row; redone, gives back the edits. */
class UndoRedoPropertyTest {

    @Property(tries = 25)
    void undoThenRedoRoundTripsEveryRow(@ForAll long seed) throws IOException {
        Path dir = Files.createTempDirectory("goalbook-undo");
        // NORMAL: this property is about rows, not disks, and FULL would only make it slower.
        try (NotebookStore store = NotebookStore.open(dir.resolve("n.goalbook"), Durability.NORMAL)) {
            store.replaceAll(SampleNotebook.notebook());
            Random random = new Random(seed);
            List<List<Node>> states = new ArrayList<>(List.of(store.outline().preorder()));
            List<List<Change>> undos = new ArrayList<>();
            while (undos.size() < 12) {
                List<Change> action = randomAction(store.outline(), random);
                if (!action.isEmpty()) {
                    undos.add(store.apply(action));
                    states.add(store.outline().preorder());
                }
            }
            assertEquals(List.of(), store.check(), "the edits keep the outline's shape");

            List<List<Change>> redos = new ArrayList<>();
            for (int i = undos.size() - 1; i >= 0; i--) {
                redos.add(0, store.apply(undos.get(i)));
                assertEquals(states.get(i), store.outline().preorder(), "after undoing edit " + i);
            }
            for (int i = 0; i < redos.size(); i++) {
                store.apply(redos.get(i));
                assertEquals(states.get(i + 1), store.outline().preorder(), "after redoing edit " + i);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<Change> randomAction(Outline outline, Random random) {
        List<Node> nodes = outline.preorder();
        if (nodes.isEmpty()) {
            return OutlineEdits.add(outline, 0, 0, "2030", null);
        }
        Node node = nodes.get(random.nextInt(nodes.size()));
        try {
            return switch (random.nextInt(7)) {
                case 0 -> OutlineEdits.tick(outline, node.id(), !node.done(), LocalDate.of(2022, 1, 1 + random.nextInt(28)));
                case 1 -> OutlineEdits.rename(outline, node.id(), node.name() + " " + random.nextInt(100));
                case 2 -> OutlineEdits.setNotes(outline, node.id(), "notes " + random.nextInt(100));
                case 3 -> OutlineEdits.setStance(outline, node.id(), Stance.values()[random.nextInt(4)]);
                case 4 -> OutlineEdits.add(outline, node.id(), random.nextInt(3) - 1, "new " + random.nextInt(100),
                        null);
                case 5 -> OutlineEdits.delete(outline, node.id());
                default -> move(outline, node, random);
            };
        } catch (EditRefused e) {
            return List.of();
        }
    }

    /** Moves the node under a random parent where its kind may stand, so the outline keeps its shape. */
    private static List<Change> move(Outline outline, Node node, Random random) {
        List<Node> parents = outline.preorder().stream()
                .filter(p -> OutlineShape.allowedParents(node.kind()).contains(p.kind()))
                .filter(p -> !node.inline() || p.id() == node.parentId())
                .filter(p -> outline.subtree(node.id()).stream().noneMatch(n -> n.id() == p.id()))
                .toList();
        if (node.kind().isTopLevel()) {
            return OutlineEdits.move(outline, node.id(), 0, random.nextInt(3) - 1);
        }
        if (parents.isEmpty() || node.kind() == NodeKind.STANCE_LINE) {
            return List.of();
        }
        return OutlineEdits.move(outline, node.id(), parents.get(random.nextInt(parents.size())).id(),
                random.nextInt(3) - 1);
    }
}
