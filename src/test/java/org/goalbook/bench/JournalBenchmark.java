package org.goalbook.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.markdown.JournalImporter;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;

/**
 * Times journal import and export on the user's journal and on generated journals of 1 and 10 MB, next to
 * flexmark's parse of the same text, and measures the heap an import needs. Not a test: the command line is in
 * docs/benchmarks.md; {@code -Dbench.sizes=1,10} sets the generated sizes in MB (decimal).
 */
public final class JournalBenchmark {
    private static final long SEED = 20220121L;

    private final Parser plainFlexmark = Parser.builder().build();
    private final Parser previewFlexmark;
    private final TextTable table = new TextTable("case", "bytes", "nodes", "import ms", "export ms",
            "flexmark ms", "flexmark+ext ms", "import/flexmark+ext", "retained heap", "allocated by import");
    private final List<String> notes = new ArrayList<>();
    private boolean allRoundTrips = true;

    private JournalBenchmark() {
        // The extensions the preview parses with (PreviewRenderer), so the ratio compares like with like.
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create(), YamlFrontMatterExtension.create()));
        previewFlexmark = Parser.builder(options).build();
    }

    public static void main(String[] args) throws IOException {
        JournalBenchmark bench = new JournalBenchmark();
        System.out.println("JVM " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + HeapFootprint.size(Runtime.getRuntime().maxMemory()) + ", load average " + loadAverage());
        Path shared = Path.of(System.getProperty("goalbook.shared.dir", "../shared"), "fixtures", "journal-2022.md");
        if (Files.isRegularFile(shared)) {
            bench.measure("shared journal-2022.md", Files.readString(shared, StandardCharsets.UTF_8));
        } else {
            System.out.println("skipped shared journal: " + shared + " is absent (set -Dgoalbook.shared.dir)");
        }
        for (String mb : System.getProperty("bench.sizes", "1,10").split(",")) {
            long bytes = Math.round(Double.parseDouble(mb.strip()) * 1_000_000);
            bench.measure("generated " + mb.strip() + " MB", GeneratedJournal.of(bytes, SEED));
        }
        System.out.println("load average at the end " + loadAverage());
        System.out.println();
        System.out.print(bench.table);
        System.out.println();
        bench.notes.forEach(System.out::println);
        System.out.println("round trip export(import(text)) == text for every case: "
                + (bench.allRoundTrips ? "OK" : "FAIL"));
        if (!bench.allRoundTrips) {
            System.exit(1);
        }
    }

    private void measure(String name, String text) {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        System.out.println("measuring " + name + " (" + bytes + " bytes) …");
        Notebook notebook = JournalImporter.read(text);
        boolean same = JournalExporter.write(notebook).equals(text);
        allRoundTrips &= same;
        notes.add(name + ": round trip " + (same ? "OK" : "FAIL") + "; " + census(notebook));

        int warmups = bytes < 100_000 ? 500 : bytes < 2_000_000 ? 10 : 4;
        int runs = bytes < 100_000 ? 101 : bytes < 2_000_000 ? 31 : 15;
        Map<String, Supplier<?>> operations = new LinkedHashMap<>();
        operations.put("import", () -> JournalImporter.read(text));
        operations.put("export", () -> JournalExporter.write(notebook));
        operations.put("flexmark", () -> plainFlexmark.parse(text));
        operations.put("flexmark+ext", () -> previewFlexmark.parse(text));
        Rounds rounds = Rounds.run(warmups, runs, operations);
        Map<String, Timing> t = rounds.timings();

        long gcBefore = gcMillis();
        for (int i = 0; i < runs; i++) {
            JournalImporter.read(text);
        }
        double gcPerImport = (gcMillis() - gcBefore) / (double) runs;
        HeapFootprint heap = HeapFootprint.of(() -> JournalImporter.read(text));
        HeapFootprint flexmarkHeap = HeapFootprint.of(() -> previewFlexmark.parse(text));

        table.row(name, String.format("%,d", bytes), String.format("%,d", notebook.outline().size()),
                t.get("import").cell(), t.get("export").cell(), t.get("flexmark").cell(),
                t.get("flexmark+ext").cell(), String.format("%.2f", rounds.medianRatio("import", "flexmark+ext")),
                HeapFootprint.size(heap.retainedBytes()), allocated(heap));
        notes.add(name + ": " + runs + " measured rounds after " + warmups + " warm-ups; median CPU ms of the "
                + "measuring thread: import " + Timing.ms(t.get("import").cpuMedianMs()) + ", export "
                + Timing.ms(t.get("export").cpuMedianMs()) + ", flexmark " + Timing.ms(t.get("flexmark").cpuMedianMs())
                + ", flexmark+ext " + Timing.ms(t.get("flexmark+ext").cpuMedianMs()) + "; import/flexmark "
                + String.format("%.2f", rounds.medianRatio("import", "flexmark")));
        notes.add(name + ": garbage collection took " + Timing.ms(gcPerImport) + " ms per import (collector "
                + "threads, not in the CPU figure); the text itself takes " + HeapFootprint.size(stringBytes(text))
                + " of heap; flexmark+ext's document retains " + HeapFootprint.size(flexmarkHeap.retainedBytes())
                + " and allocates " + allocated(flexmarkHeap));
    }

    /** The machine's cores are shared, so the load says how far to trust the medians. */
    private static String loadAverage() {
        return String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static String allocated(HeapFootprint heap) {
        return heap.allocatedBytes() < 0 ? "n/a" : HeapFootprint.size(heap.allocatedBytes());
    }

    /** What the importer found, so that a generated journal is seen to be read as goals and not only as text. */
    private static String census(Notebook notebook) {
        Map<NodeKind, Integer> counts = new EnumMap<>(NodeKind.class);
        for (Node n : notebook.outline().preorder()) {
            counts.merge(n.kind(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((kind, count) -> sb.append(sb.length() == 0 ? "" : ", ").append(count).append(' ')
                .append(kind.name().toLowerCase()));
        return sb.toString();
    }

    /** Heap size of a String's characters: one byte each when all are Latin-1 (compact strings), else two. */
    private static long stringBytes(String text) {
        return text.chars().allMatch(c -> c < 256) ? text.length() : 2L * text.length();
    }
}
