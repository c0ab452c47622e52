package org.goalbook.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.OutlineEdits;
import org.goalbook.store.NotebookStore;
import org.goalbook.sync.JournalWatch;
import org.goalbook.sync.LinkedJournal;
import org.goalbook.sync.SyncReport;

/**
 * The linked journal file: from a stored tick to the file on disk (reading the notebook, the export, the atomic
 * write with its fsyncs, the new base stored), next to the tick alone and a bare read + export in the same run; from an outside change of the file to the notebook
 * updated (read, three-way merge, import, the change list stored); and how long the folder watch takes to notice a
 * write. The window adds its pauses (250 ms after an edit, 100 ms after a file event) to these. Not a test: the
 * command line is in docs/benchmarks.md; {@code -Dbench.sizes=1} sets the generated sizes in MB.
 */
public final class SyncBenchmark {
    private static final long SEED = 20220121L;

    private final TextTable table = new TextTable("case", "bytes", "read + export ms", "tick alone ms", "tick → file ms",
            "file change → notebook ms", "watch notices ms");
    private final Path dir;

    private SyncBenchmark(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("sync-bench");
        SyncBenchmark bench = new SyncBenchmark(dir);
        System.out.println("JVM " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, load average " + loadAverage()
                + "; files in " + dir);
        Path shared = Path.of(System.getProperty("goalbook.shared.dir", "../shared"), "fixtures", "journal-2022.md");
        if (Files.isRegularFile(shared)) {
            bench.measure("shared journal-2022.md", Files.readString(shared, StandardCharsets.UTF_8), 20, 101);
        }
        for (String mb : System.getProperty("bench.sizes", "1").split(",")) {
            long bytes = Math.round(Double.parseDouble(mb.strip()) * 1_000_000);
            bench.measure("generated " + mb.strip() + " MB", GeneratedJournal.of(bytes, SEED), 3, 21);
        }
        System.out.println("load average at the end " + loadAverage());
        System.out.println();
        System.out.print(bench.table);
        System.out.println("cells: median / p95 (nearest rank), wall-clock ms");
    }

    private void measure(String name, String text, int warmups, int runs) throws Exception {
        System.out.println("measuring " + name + " …");
        Path folder = Files.createDirectories(dir.resolve(name.replaceAll("[^a-zA-Z0-9]", "-")));
        Path journal = Files.writeString(folder.resolve("journal.md"), text, StandardCharsets.UTF_8);
        try (NotebookStore store = NotebookStore.open(folder.resolve("n.goalbook"))) {
            LinkedJournal linked = LinkedJournal.of(store);
            linked.link(journal, LinkedJournal.Differing.REFUSE);
            List<Node> items = store.outline().preorder().stream()
                    .filter(n -> n.kind() == NodeKind.ITEM && !n.inline()).limit(50).toList();
            if (items.isEmpty()) {
                items = store.outline().preorder().stream().filter(n -> n.kind() == NodeKind.ITEM).limit(50).toList();
            }

            double[] alone = new double[runs];
            double[] toFile = new double[runs];
            double[] exported = new double[runs];
            for (int i = -warmups; i < runs; i++) {
                Node item = items.get(Math.floorMod(i, items.size()));
                var outline = store.outline();
                var tick = OutlineEdits.tick(outline, item.id(), !outline.get(item.id()).done(),
                        LocalDate.of(2022, 5, 1));
                long r0 = System.nanoTime();
                JournalExporter.write(store.notebook());
                long r1 = System.nanoTime();
                long t0 = System.nanoTime();
                store.apply(tick);
                long t1 = System.nanoTime();
                if (linked.sync().outcome() != SyncReport.Outcome.WROTE_FILE) {
                    throw new IllegalStateException("the tick did not reach the file");
                }
                long t2 = System.nanoTime();
                if (i >= 0) {
                    exported[i] = (r1 - r0) / 1e6;
                    alone[i] = (t1 - t0) / 1e6;
                    toFile[i] = (t2 - t1) / 1e6;
                }
            }

            double[] fromFile = new double[runs];
            double[] noticed = new double[runs];
            BlockingQueue<Long> events = new ArrayBlockingQueue<>(1024);
            try (JournalWatch watch = new JournalWatch(journal, () -> events.offer(System.nanoTime()))) {
                for (int i = -warmups; i < runs; i++) {
                    String now = Files.readString(journal, StandardCharsets.UTF_8);
                    int at = now.indexOf("\n\n", (int) ((long) now.length() * Math.floorMod(i * 37, 100) / 100));
                    String changed = at < 0 ? now + "\nOutside " + i + "\n"
                            : now.substring(0, at + 1) + "\nOutside " + i + "\n" + now.substring(at + 1);
                    events.clear();
                    long w0 = System.nanoTime();
                    Files.writeString(journal, changed, StandardCharsets.UTF_8);
                    Long seen = events.poll(5, TimeUnit.SECONDS);
                    long t0 = System.nanoTime();
                    if (linked.sync().outcome() != SyncReport.Outcome.READ_FILE) {
                        throw new IllegalStateException("the change did not reach the notebook");
                    }
                    long t1 = System.nanoTime();
                    if (i >= 0) {
                        fromFile[i] = (t1 - t0) / 1e6;
                        noticed[i] = seen == null ? Double.NaN : (seen - w0) / 1e6;
                    }
                }
            }
            table.row(name, String.format("%,d", text.getBytes(StandardCharsets.UTF_8).length), cell(exported), cell(alone),
                    cell(toFile), cell(fromFile), cell(noticed));
        }
    }

    private static String cell(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Timing.ms(Percentiles.of(sorted, 50)) + " / " + Timing.ms(Percentiles.of(sorted, 95));
    }

    private static String loadAverage() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
