package org.goalbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.markdown.JournalImporter;
import org.goalbook.model.CarryChoice;
import org.goalbook.model.EditRefused;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;
import org.goalbook.model.YearPlanner;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new year carried from the user's real 2022 into a real notebook: the years it came from stay byte-identical. */
class CarryOverJournalTest {
    @TempDir
    Path dir;

    @Test
    void carryingThe2022PlanLeavesItsExportUnchangedAndWritesTheNewYearInTheJournalsStyle() {
        String journal = SharedFixtures.journal();
        try (NotebookStore store = NotebookStore.open(dir.resolve("journal.goalbook"))) {
            store.replaceAll(JournalImporter.read(journal));
            String year2022 = JournalExporter.writeYear(store.notebook(), 2022);
            Outline outline = store.outline();
            long from = outline.roots().stream().filter(n -> n.name().equals("2022")).findFirst().orElseThrow().id();
            CarryChoice unfinished = CarryChoice.unfinished(outline, from);
            // The journal already has 2023: the planner says so, as the dialog shows it.
            assertEquals("The notebook already has a year 2023.", assertThrows(EditRefused.class,
                    () -> YearPlanner.carryOver(outline, from, 2023, unfinished)).getMessage());

            Set<Long> items = new HashSet<>(unfinished.items());
            items.remove(id(outline, from, "Angular 2"));
            CarryChoice choice = new CarryChoice(items, false, Map.of(id(outline, from, "Remix"),
                    Stance.IMPROVE, id(outline, from, "SvelteKit"), Stance.SKIP));
            store.apply(YearPlanner.carryOver(outline, from, 2024, choice));

            String after = JournalExporter.write(store.notebook());
            assertEquals(year2022, JournalExporter.writeYear(store.notebook(), 2022), "2022 is written as before");
            String year2024 = JournalExporter.writeYear(store.notebook(), 2024);
            assertEquals(journal, after.replace(year2024, ""), "only the new year's lines are new");
            assertTrue(year2024.contains("  - Improve: Next.js, Redux, [Remix](https://remix.run/)\n"), year2024);
            assertTrue(year2024.contains("  - Skip: Vue/Nuxt, React Native, Flutter, Ruby, Android, Swift, SvelteKit\n"),
                    year2024);
            assertFalse(year2024.contains("Explore:"), "the Explore line emptied: Angular 2 was left behind");
            assertTrue(year2024.contains("    - The market is not sexy but its large.\n"), "sub-points are goals, kept");
            Outline stored = store.outline();
            long y2024 = stored.roots().stream().filter(n -> n.name().equals("2024")).findFirst().orElseThrow().id();
            assertTrue(stored.subtree(y2024).stream().allMatch(n -> n.notes().isEmpty()), "notes start empty");
            assertFalse(year2024.contains("[x]") || year2024.contains("\u2705"), "a new year starts unticked");
        }
    }

    private static long id(Outline outline, long year, String name) {
        return outline.subtree(year).stream().filter(n -> n.kind() == NodeKind.ITEM && n.displayName().equals(name))
                .map(Node::id).findFirst().orElseThrow();
    }
}
