package org.goalbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.goalbook.model.Change;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.store.Durability;
import org.goalbook.store.NotebookStore;

/**
 * Store figures for the issue and the durability decision (not a test; surefire does not run it):
 * {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.goalbook.bench.StoreBenchmark}
 * with an optional folder argument ({@code -Dexec.args=/some/disk}); default {@code target/bench}. Put it on the disk
 * you care about: on tmpfs an fsync costs nothing and FULL looks as cheap as NORMAL.
 */
public final class StoreBenchmark {
    private static final int LOAD_WARMUP = 5;
    private static final int LOADS = 100;
    private static final int TICK_WARMUP = 200;
    private static final int TICKS = 1000;

    private final List<String[]> table = new ArrayList<>();

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        Files.createDirectories(folder);
        Path file = folder.resolve("bench.goalbook");
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(folder.resolve(file.getFileName() + suffix));
        }
        new StoreBenchmark().run(file);
    }

    private void run(Path file) throws Exception {
        Notebook notebook = BenchNotebook.build();
        long items = notebook.outline().preorder().stream().filter(n -> n.kind() == NodeKind.ITEM).count();
        long start = System.nanoTime();
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(notebook);
        }
        row("import: replaceAll of the whole notebook (once)", new long[] {System.nanoTime() - start});

        row("open notebook + load whole outline (store)", repeat(LOAD_WARMUP, LOADS, () -> {
            try (NotebookStore store = NotebookStore.open(file)) {
                store.outline();
            }
        }));
        row("load all node rows, plain SELECT (bare JDBC)", repeat(LOAD_WARMUP, LOADS, () -> bareLoad(file)));
        for (Durability durability : Durability.values()) {
            row("tick, synchronous=" + durability.synchronous() + " (store apply, one Put)",
                    storeTicks(file, durability));
            row("tick, synchronous=" + durability.synchronous() + " (bare JDBC single-row UPDATE)",
                    bareTicks(file, durability));
        }
        try (NotebookStore store = NotebookStore.open(file)) {
            row("search \"kube\" best 20 (store)", repeat(LOAD_WARMUP, LOADS, () -> store.search("kube", 20)));
        }
        print(file, items, notebook.outline().size());
    }

    private long[] storeTicks(Path file, Durability durability) {
        try (NotebookStore store = NotebookStore.open(file, durability)) {
            Outline outline = store.outline();
            // The app holds the outline it shows; a tick is the apply alone.
            List<Node> items = new ArrayList<>(outline.preorder().stream().filter(n -> n.kind() == NodeKind.ITEM)
                    .toList());
            Random random = new Random(42);
            return repeat(TICK_WARMUP, TICKS, () -> {
                int i = random.nextInt(items.size());
                Node ticked = items.get(i).withDone(!items.get(i).done(), java.time.LocalDate.now());
                store.apply(List.of(new Change.Put(ticked)));
                items.set(i, ticked);
            });
        }
    }

    private long[] bareTicks(Path file, Durability durability) throws SQLException {
        try (Connection connection = bareConnection(file, durability);
             PreparedStatement update = connection.prepareStatement("UPDATE node SET done = 1 - done WHERE id = ?")) {
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM node WHERE kind = 'ITEM'")) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            Random random = new Random(42);
            return repeat(TICK_WARMUP, TICKS, () -> {
                update.setLong(1, ids.get(random.nextInt(ids.size())));
                update.executeUpdate(); // autocommit: its own transaction
            });
        }
    }

    private static void bareLoad(Path file) throws SQLException {
        try (Connection connection = bareConnection(file, Durability.FULL);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM node")) {
            long sum = 0;
            while (rows.next()) {
                for (int column = 1; column <= 14; column++) {
                    Object value = rows.getObject(column);
                    sum += value == null ? 0 : 1;
                }
            }
            if (sum == 0) {
                throw new IllegalStateException("no rows");
            }
        }
    }

    /** The same pragmas the store uses, nothing else. */
    private static Connection bareConnection(Path file, Durability durability) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA locking_mode = EXCLUSIVE");
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = " + durability.synchronous());
            statement.execute("PRAGMA foreign_keys = ON");
        }
        return connection;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private static long[] repeat(int warmup, int times, Step step) {
        long[] nanos = new long[times];
        try {
            for (int i = 0; i < warmup; i++) {
                step.run();
            }
            for (int i = 0; i < times; i++) {
                long start = System.nanoTime();
                step.run();
                nanos[i] = System.nanoTime() - start;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return nanos;
    }

    private void row(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long median = sorted[sorted.length / 2];
        long p99 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)];
        table.add(new String[] {what, ms(median), ms(p99), String.valueOf(sorted.length)});
    }

    private void print(Path file, long items, int nodes) throws IOException {
        System.out.printf(Locale.ROOT, "Goalbook store benchmark: %d items, %d nodes, file %s%n", items, nodes, file);
        System.out.printf(Locale.ROOT, "file size after close: %.2f MB (%d bytes)%n%n", Files.size(file) / 1e6,
                Files.size(file));
        System.out.printf(Locale.ROOT, "%-58s %10s %10s %6s%n", "operation", "median ms", "p99 ms", "n");
        for (String[] r : table) {
            System.out.printf(Locale.ROOT, "%-58s %10s %10s %6s%n", (Object[]) r);
        }
        System.out.printf(Locale.ROOT, "%n(%s, %s %s, %d cores)%n",
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
