package org.goalbook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;
import javafx.scene.Scene;

import org.goalbook.exchange.RadarExport;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.PlanBuilder;
import org.goalbook.model.Stance;
import org.goalbook.review.NotebookYears;
import org.goalbook.review.RadarLayout;
import org.goalbook.ui.radar.RadarView;

/**
 * Times the radar of a year with 300 stanced items (and a previous year of 300 to compare with): the layout, the
 * pictures, and the window's first paint (building the scene-graph nodes, CSS, layout and one rendered frame via
 * a snapshot). Baselines in the same run: the radar CSV export of the same year (same matching, no geometry) and
 * the first paint of an empty radar. Rows are timed and printed as {@link TreeBenchmark} does. Not a test; runs headless on Monocle:
 * <pre>
 * mvn -q -o test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *   -Dexec.args="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp %classpath \
 *   org.goalbook.bench.RadarBenchmark"
 * </pre>
 */
public final class RadarBenchmark {
    private static final int RUNS = 15;
    private static final int WARM_UP = 5;

    private RadarBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Notebook spread = notebook(false);
        Notebook crowded = notebook(true);
        System.out.println("JVM " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores; 2025 of 300 stanced items after a 2024 of 300");
        TreeBenchmark.report("baseline: radar CSV export", () -> RadarExport.csv(spread, 2025));
        TreeBenchmark.report("layout, 300 items over 4 areas", () -> RadarLayout.of(NotebookYears.of(spread.outline()), 2025));
        TreeBenchmark.report("layout, 300 items in one cell", () -> RadarLayout.of(NotebookYears.of(crowded.outline()), 2025));
        TreeBenchmark.report("SVG picture", () -> RadarExport.svg(spread, 2025));
        TreeBenchmark.report("PNG picture", () -> RadarExport.png(spread, 2025));

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        // The window's theme, as Appearance sets it: the radar's CSS looks up its colours there.
        FxCall.get(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS());
            return null;
        });
        RadarLayout empty = RadarLayout.of(NotebookYears.of(notebook(false, 0).outline()), 2025);
        RadarLayout full = RadarLayout.of(NotebookYears.of(spread.outline()), 2025);
        List<Double> baseline = new ArrayList<>();
        List<Double> paint = new ArrayList<>();
        for (int i = 0; i < RUNS + WARM_UP; i++) {
            double b = FxCall.get(() -> firstPaint(empty));
            double p = FxCall.get(() -> firstPaint(full));
            if (i >= WARM_UP) {
                baseline.add(b);
                paint.add(p);
            }
        }
        TreeBenchmark.print("baseline: first paint, empty radar", baseline);
        TreeBenchmark.print("first paint, 300 blips", paint);
        Platform.exit();
    }

    /** A new view showing the layout, styled, laid out and rendered once: what opening Year › Radar… costs. */
    private static double firstPaint(RadarLayout layout) {
        long t0 = System.nanoTime();
        RadarView view = new RadarView(id -> { });
        view.show(layout);
        Scene scene = new Scene(view.view(), 1100, 780);
        scene.getStylesheets().add(RadarView.class.getResource("/org/goalbook/ui/goalbook.css").toExternalForm());
        scene.getStylesheets().add(RadarView.class.getResource("/org/goalbook/ui/goalbook-light.css").toExternalForm());
        scene.snapshot(null);
        return (System.nanoTime() - t0) / 1e6;
    }

    private static Notebook notebook(boolean crowded) {
        return notebook(crowded, 300);
    }

    /** Two years of {@code items} stanced items each over four areas, most carried over, some moved a ring. */
    private static Notebook notebook(boolean crowded, int items) {
        PlanBuilder plan = new PlanBuilder();
        Random random = new Random(11);
        for (int year : new int[] {2024, 2025}) {
            long y = plan.add(0, NodeKind.YEAR, Integer.toString(year));
            long tactical = plan.add(y, NodeKind.TACTICAL, "Tactical");
            long[] areas = new long[4];
            for (int a = 0; a < 4; a++) {
                areas[a] = plan.add(tactical, NodeKind.AREA, "Area " + a);
            }
            for (int i = 0; i < items; i++) {
                Stance s = crowded ? Stance.EXPLORE : Stance.values()[random.nextInt(4)];
                plan.add(areas[crowded ? 0 : i % 4], NodeKind.ITEM, "Item " + (year == 2025 ? i + 20 : i), s,
                        random.nextInt(3) == 0);
            }
        }
        return new Notebook(NotebookMeta.empty(), plan.outline(), List.of());
    }
}
