package org.goalbook.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.rometools.rome.io.SyndFeedInput;
import org.goalbook.clip.Clipping;
import org.goalbook.clip.KnownLinks;
import org.goalbook.exchange.InboxJson;
import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;
import org.goalbook.model.Notebook;
import org.goalbook.store.NotebookStore;

/**
 * Inbox figures for issue 10 (not a test; surefire does not run it): clipping a generated 1,000-entry RSS feed, and
 * listing an inbox of 10,000 entries as {@code goalbook inbox --json} does.
 * {@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.goalbook.bench.InboxBenchmark}
 * Baselines run in the same rounds: Rome alone on the same feed, and loading the outline of the benchmark notebook.
 */
public final class InboxBenchmark {
    private static final int WARMUPS = 5;
    private static final int RUNS = 20;
    private static final int FEED_ENTRIES = 1_000;
    private static final int INBOX_ENTRIES = 10_000;

    private InboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        Files.createDirectories(folder);
        Notebook plan = BenchNotebook.build();
        // Listing reads a notebook that stays at 10,000 entries; clipping grows another one by 1,000 a round.
        try (NotebookStore store = fresh(folder.resolve("inbox-bench.goalbook"), plan);
             NotebookStore clipStore = fresh(folder.resolve("inbox-clip-bench.goalbook"), plan)) {
            run(store, clipStore, plan);
        }
    }

    private static NotebookStore fresh(Path file, Notebook plan) throws java.io.IOException {
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
        NotebookStore store = NotebookStore.open(file);
        store.replaceAll(plan);
        store.addToInbox(entries(INBOX_ENTRIES));
        return store;
    }

    private static void run(NotebookStore store, NotebookStore clipStore, Notebook plan) {
        byte[] feed = feed("base", FEED_ENTRIES);
        String feedText = new String(feed, StandardCharsets.UTF_8);
        // Each round clips a feed of new links, so the store really adds 1,000 entries every time.
        Iterator<byte[]> fresh = new Iterator<>() {
            private int round;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public byte[] next() {
                return feed("r" + round++, FEED_ENTRIES);
            }
        };
        List<byte[]> feeds = new ArrayList<>();
        for (int i = 0; i < WARMUPS + RUNS; i++) {
            feeds.add(fresh.next());
        }
        Iterator<byte[]> nextFeed = feeds.iterator();

        Map<String, Supplier<?>> ops = new LinkedHashMap<>();
        ops.put("baseline: Rome alone parses the 1,000-entry feed", () -> {
            try {
                return new SyndFeedInput().build(new StringReader(feedText)).getEntries().size();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ops.put("read the 1,000-entry feed into entries (Clipping.read)", () -> Clipping.read("feed.rss", feed));
        ops.put("clip 1,000 new entries: read + known links + store (one transaction)", () -> {
            Clipping clipping = Clipping.read("feed.rss", nextFeed.next());
            KnownLinks known = KnownLinks.of(clipStore.notebook());
            return clipStore.addToInbox(known.fresh(clipping.entries())).size();
        });
        ops.put("baseline: load the outline of the plan", store::outline);
        ops.put("load every inbox entry (store.inbox)", store::inbox);
        ops.put("list the inbox as `inbox --json`: notebook + known links + JSON", () -> {
            Notebook notebook = store.notebook();
            KnownLinks known = KnownLinks.of(notebook);
            Map<Long, String> where = new HashMap<>();
            List<InboxEntry> shown = notebook.inbox().stream().filter(e -> e.status() == InboxStatus.NEW).toList();
            shown.forEach(e -> known.where(e).ifPresent(w -> where.put(e.id(), w)));
            return InboxJson.write(shown, where).length();
        });
        Rounds rounds = Rounds.run(WARMUPS, RUNS, ops);

        TextTable table = new TextTable("operation", "median ms (min)", "CPU median ms");
        rounds.timings().forEach((name, t) -> table.row(name, t.cell(), Timing.ms(t.cpuMedianMs())));
        System.out.printf(Locale.ROOT, "Goalbook inbox benchmark: feed of %,d entries (%,d bytes); listing an inbox "
                        + "of %,d entries; clipping into a notebook whose inbox grows from %,d to %,d; plan of %,d "
                        + "nodes in both; %d rounds after %d warm-ups%n%n", FEED_ENTRIES, feed.length,
                store.inbox().size(), INBOX_ENTRIES, clipStore.inbox().size(), plan.outline().size(), RUNS, WARMUPS);
        System.out.println(table);
        System.out.printf(Locale.ROOT, "clip / Rome alone, median of per-round ratios: %.2f%n",
                rounds.medianRatio("read the 1,000-entry feed into entries (Clipping.read)",
                        "baseline: Rome alone parses the 1,000-entry feed"));
        System.out.printf(Locale.ROOT, "%n(%s, %s %s, %d cores, shared with other work)%n",
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
    }

    /** An RSS 2.0 feed of {@code n} posts with tracking parameters, HTML descriptions, categories and dates. */
    static byte[] feed(String prefix, int n) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>Generated Weekly</title><link>https://weekly.example/</link>"
                + "<description>generated</description>\n");
        for (int i = 0; i < n; i++) {
            xml.append("<item><title>Post ").append(i).append(" about scaling service ").append(i % 97)
                    .append("</title><link>https://blog").append(i % 50).append(".example/").append(prefix)
                    .append("/post-").append(i).append("?utm_source=feed&amp;utm_medium=rss&amp;id=").append(i)
                    .append("</link><description>&lt;p&gt;A &lt;b&gt;summary&lt;/b&gt; of post ").append(i)
                    .append(", with a few sentences of text. It says why the thing matters and who wrote it.&lt;/p&gt;")
                    .append("</description><category>").append(i % 2 == 0 ? "News" : "Tools")
                    .append("</category><pubDate>Fri, 04 Dec 2020 09:30:00 +0000</pubDate></item>\n");
        }
        return xml.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<InboxEntry> entries(int n) {
        List<InboxEntry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String url = "https://site" + (i % 200) + ".example/articles/" + i;
            out.add(new InboxEntry(0, "Article " + i + " on observability", url, List.of(url),
                    "A paragraph of summary for article " + i + ", long enough to look like a newsletter's.",
                    i % 3 == 0 ? "News" : "Tools", "Weekly " + (i % 20), LocalDate.of(2020, 12, 1), i % 50 == 0,
                    InboxStatus.NEW, Instant.parse("2020-12-02T08:00:00Z")));
        }
        return out;
    }
}
