package org.goalbook.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import javafx.application.Platform;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Outline;
import org.goalbook.ui.tree.GoalTree;
import org.goalbook.ui.tree.TreeFilter;
import org.goalbook.ui.tree.TreeShape;

/**
 * Times what the window does to its goal tree after every edit on the large benchmark notebook (10 years,
 * ~10,000 items): shaping the outline into tree lines, and showing a fresh outline in the tree (first time, and
 * after a tick, when existing lines are matched by id). Not a test; runs headless on Monocle:
 * <pre>
 * mvn -q -o test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp %classpath \
 *   org.goalbook.bench.TreeBenchmark"
 * </pre>
 */
public final class TreeBenchmark {
    private static final int RUNS = 15;

    private TreeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Outline outline = BenchNotebook.build().outline();
        long items = outline.preorder().stream().filter(n -> n.kind().isTickable()).count();
        System.out.println("JVM " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores; notebook of " + outline.size() + " nodes, "
                + items + " goals and items");

        Set<Long> matches = new HashSet<>();
        outline.preorder().stream().filter(n -> n.kind() == NodeKind.ITEM).limit(100).forEach(n -> matches.add(n.id()));
        report("shape, no filter", () -> TreeShape.build(outline, TreeFilter.NONE));
        report("shape, 100 search matches", () -> TreeShape.build(outline, TreeFilter.NONE.withMatches(matches)));

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        GoalTree tree = FxCall.get(GoalTree::new);
        Node item = outline.preorder().stream().filter(n -> n.kind() == NodeKind.ITEM).findFirst().orElseThrow();
        List<Double> first = new ArrayList<>();
        List<Double> refresh = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            FxCall.get(() -> {
                tree.reset();
                return null;
            });
            first.add(timeOnFx(() -> tree.show(outline)));
            Outline ticked = OutlineEdits.preview(outline,
                    OutlineEdits.tick(outline, item.id(), !item.done(), java.time.LocalDate.of(2022, 5, 1)));
            refresh.add(timeOnFx(() -> tree.show(ticked)));
        }
        print("show in an empty tree", first);
        print("show after a tick (lines matched by id)", refresh);
        Platform.exit();
    }

    static void report(String what, Supplier<?> work) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS + 5; i++) {
            long t0 = System.nanoTime();
            work.get();
            if (i >= 5) {
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        print(what, ms);
    }

    static void print(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        System.out.printf("%-42s median %7.1f ms   min %7.1f ms   max %7.1f ms%n", what,
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static double timeOnFx(Runnable work) throws Exception {
        return FxCall.get(() -> {
            long t0 = System.nanoTime();
            work.run();
            return (System.nanoTime() - t0) / 1e6;
        });
    }
}
