package org.goalbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.goalbook.model.InboxStatus;
import org.goalbook.model.Notebook;
import org.goalbook.store.NotebookStore;
import org.goalbook.testing.LineDiff;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox from the command line, on the user's journal and newsletter. */
class InboxCommandsTest {
    /** Ids in the imported journal-2022.md, as `goalbook list` shows them. */
    private static final String FRONT_END_AREA = "32";
    private static final String MONITORING_TOPIC = "83";
    private static final String PROMETHEUS_ITEM = "84";
    private static final String A_GOAL = "7";

    @TempDir
    Path dir;
    private Path notebook;
    private String original;
    private String out;
    private String err;

    @BeforeEach
    void importTheJournalAndClipTheNewsletter() throws IOException {
        original = SharedFixtures.journal();
        Path journal = dir.resolve("journal-2022.md");
        Files.writeString(journal, original, StandardCharsets.UTF_8);
        notebook = dir.resolve("n.goalbook");
        assertThat(run("import", journal.toString())).isZero();
        assertThat(run("clip", SharedFixtures.path("devops-weekly.txt").toString())).as(err).isZero();
    }

    @Test
    void clipPrintsWhatItAddedAndClippingTheSameIssueAgainAddsNothing() {
        assertThat(run("inbox")).isZero();
        assertThat(out.lines()).hasSize(11).first().asString()
                .isEqualTo("#1  [StackHawk sponsors Devops Weekly] Check out how we have built our microservices in "
                        + "Kubernetes here at StackHawk \u2014 sthwk.com (devops-weekly) sponsor");

        assertThat(run("clip", SharedFixtures.path("devops-weekly.txt").toString())).isZero();

        assertThat(out).isEqualTo("Nothing new from devops-weekly: its 11 entries are already in the inbox\n");
        assertThat(inbox()).hasSize(11);
    }

    @Test
    void inboxJsonHasTheDocumentedFields() throws IOException {
        assertThat(run("inbox", "--json")).isZero();
        JsonNode entries = new ObjectMapper().readTree(out);

        assertThat(entries).hasSize(11);
        List<String> fields = new java.util.ArrayList<>();
        entries.get(9).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "title", "url", "summary", "section", "source", "sponsor", "status",
                "known");
        assertThat(entries.get(9).get("title").asText()).isEqualTo("replicate/replicate");
        assertThat(entries.get(9).get("section").asText()).isEqualTo("Tools");
        assertThat(entries.get(0).get("sponsor").asBoolean()).isTrue();
        assertThat(entries.get(9).get("known").isNull()).isTrue();
    }

    @Test
    void exploreAndLaterChangeTheExportByExactlyTheAddedLines() {
        assertThat(run("inbox", "explore", "10", "--under", MONITORING_TOPIC)).as(err).isZero();
        assertThat(out).isEqualTo("Explore item added: #10 \u201creplicate/replicate\u201d\n");
        assertThat(run("inbox", "later", "3")).as(err).isZero();

        assertThat(exportDiff()).containsExactly(
                "+  - Explore: [replicate/replicate](https://replicate.ai/)",
                "+",
                "+- [Hindsight is an interesting design tool for future systems](https://blog.dave.tf/post/"
                        + "new-kubernetes/) Hindsight is an interesting design tool for future systems. This post, "
                        + "from someone ver familiar with its working, looks at what applying hindsight and some "
                        + "opinions to Kubernetes might mean if you build a new container orchestrator.");
        assertThat(inbox().get(9).status()).isEqualTo(InboxStatus.EXPLORED);
        assertThat(inbox().get(2).status()).isEqualTo(InboxStatus.LATER);
    }

    @Test
    void anExploredLinkIsKnownWhenTheSameArticleComesAgainWithTrackingParameters() throws IOException {
        run("inbox", "explore", "4", "--under", FRONT_END_AREA);
        Path again = dir.resolve("next-week.txt");
        Files.writeString(again, "News\n\nThe CI/CD post again.\nhttps://medium.com/riskified-technology/how-to-build-"
                + "a-ci-cd-process-that-deploys-on-kubernetes-and-focuses-on-developer-independence-7dc4c20984a"
                + "?utm_source=devopsweekly&utm_medium=email\n\nSomething new.\nhttps://example.org/new?fbclid=1\n");

        assertThat(run("clip", again.toString())).isZero();

        assertThat(out).isEqualTo("Added 1 entry from next-week to the inbox (1 already there):\n"
                + "  #12  [News] Something new \u2014 example.org (next-week)\n");
        assertThat(inbox().get(11).url()).isEqualTo("https://example.org/new");
        assertThat(run("inbox", "--all")).isZero();
        assertThat(out).contains("#4  [News] An interesting post on scaling CI/CD pipelines across development teams"
                + " \u2014 medium.com (devops-weekly) explored \u2014 known: item #155 \u201cAn interesting post");
    }

    @Test
    void attachMakesAResourceOnTheItemAndDismissOnlyChangesTheStatus() {
        assertThat(run("inbox", "attach", "9", "--to", PROMETHEUS_ITEM)).as(err).isZero();
        assertThat(run("inbox", "dismiss", "1")).isZero();

        try (NotebookStore store = NotebookStore.open(notebook)) {
            Notebook n = store.notebook();
            assertThat(n.resources()).singleElement().satisfies(r -> {
                assertThat(r.title()).isEqualTo("opstrace/opstrace");
                assertThat(r.url()).isEqualTo("https://github.com/opstrace/opstrace");
                assertThat(r.origin()).isEqualTo("devops-weekly");
                assertThat(r.nodeId()).isEqualTo(Long.parseLong(PROMETHEUS_ITEM));
            });
            assertThat(n.inbox().get(0).status()).isEqualTo(InboxStatus.DISMISSED);
        }
        // The item leaves its one-item comma list for a bullet of its own, under which its links are written.
        assertThat(exportDiff()).containsExactly(
                "-- Monitoring: [Prometheus](https://prometheus.io/)",
                "+- Monitoring:",
                "+  - [Prometheus](https://prometheus.io/)",
                "+",
                "+    <!-- notes -->",
                "+    Links:",
                "+    - [opstrace/opstrace](https://github.com/opstrace/opstrace) \u2014 Opstrace is a new "
                        + "horizontally-scalable metrics and logs platform, optimised for installation on cloud "
                        + "platforms. It exposes a prometheus-compatible API, as well as working with a variety of "
                        + "agents like those from Fluentd and Datadog.",
                "+    <!-- end of notes -->",
                "+");
        assertThat(run("inbox")).isZero();
        assertThat(out.lines()).hasSize(9);
    }

    @Test
    void mistakesGetOneLineAndChangeNothing() throws IOException {
        assertThat(run("inbox", "explore", "2", "--under", A_GOAL)).isEqualTo(2);
        assertThat(err).isEqualTo("#7 \u201cWork as a consultant and be able to offer the following services:\u201d is "
                + "not an area or a topic; an explore item goes under one\n");
        assertThat(run("inbox", "later", "99")).isEqualTo(2);
        assertThat(err).isEqualTo("no inbox entry #99; `goalbook inbox` shows the ids\n");
        assertThat(run("inbox", "dismiss", "2")).isZero();
        assertThat(run("inbox", "later", "2")).isEqualTo(2);
        assertThat(err).isEqualTo("inbox entry #2 is already dismissed; only new entries are triaged\n");
        Path binary = dir.resolve("photo.jpg");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 0x10, 'J', 'F', 'I', 'F', 0});
        assertThat(run("clip", binary.toString())).isEqualTo(2);
        assertThat(err).isEqualTo(binary + ": not text (it looks like a binary file)\n");
        assertThat(run("clip", dir.resolve("missing.txt").toString())).isEqualTo(2);
        assertThat(err).isEqualTo(dir.resolve("missing.txt") + ": no such file\n");

        assertThat(exportDiff()).isEmpty();
        assertThat(inbox()).hasSize(11);
    }

    @Test
    void clipReadsStandardInput() {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream("https://github.com/kuberhealthy/kuberhealthy\n"
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(run("clip", "-")).as(err).isZero();
        } finally {
            System.setIn(before);
        }
        assertThat(out).isEqualTo("Added 1 entry from github.com to the inbox:\n  #12  kuberhealthy/kuberhealthy "
                + "\u2014 github.com (github.com) \u2014 known: item #88 \u201cKuberhealthy\u201d\n");
    }

    private List<org.goalbook.model.InboxEntry> inbox() {
        try (NotebookStore store = NotebookStore.open(notebook)) {
            return store.inbox();
        }
    }

    private List<String> exportDiff() {
        assertThat(run("export")).isZero();
        return LineDiff.of(original, out);
    }

    private int run(String... args) {
        CliRun r = CliRun.on(notebook, args);
        out = r.out();
        err = r.err();
        return r.code();
    }
}
