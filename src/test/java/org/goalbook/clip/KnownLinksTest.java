package org.goalbook.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;
import org.goalbook.model.Node;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.model.Resource;
import org.goalbook.model.SamplePlan;
import org.junit.jupiter.api.Test;

/** Known links kept current change by change answer as the ones made afresh from the changed notebook do. */
class KnownLinksTest {
    private final SamplePlan sample = new SamplePlan();

    private static InboxEntry entry(String url) {
        return new InboxEntry(0, "", url, List.of(url), "", "", "Weekly", null, false, InboxStatus.NEW, null);
    }

    private static final List<InboxEntry> ASKED = List.of(entry("https://graphql.org/"),
            entry("https://go.dev/tour?utm_source=x"), entry("https://example.org/a"), entry("https://example.org/b"));

    private static List<String> answers(KnownLinks known) {
        return ASKED.stream().map(e -> known.where(e).orElse("-")).toList();
    }

    @Test
    void notesEditedAndNodesRemovedAnswerAsAFreshLook() {
        Notebook start = sample.notebook();
        KnownLinks kept = KnownLinks.of(start);
        assertThat(answers(kept)).containsExactly("item #" + sample.graphql + " \u201cGraphQL\u201d", "-", "-", "-");

        Node golang = start.outline().get(sample.golang);
        Node edited = golang.withNotes("- https://go.dev/tour\n- https://example.org/a\n");
        assertThat(kept.replace(golang, edited)).contains(CleanUrl.key("https://go.dev/tour"));
        Node graphql = start.outline().get(sample.graphql);
        kept.replace(graphql, null);
        Outline after = start.outline().with(List.of(edited), List.of(sample.graphql));

        assertThat(answers(kept)).isEqualTo(answers(KnownLinks.of(new Notebook(null, after, List.of()))));
        assertThat(answers(kept)).containsExactly("-", "goal #" + sample.golang + " \u201cMaster GoLang\u201d",
                "goal #" + sample.golang + " \u201cMaster GoLang\u201d", "-");
    }

    @Test
    void resourcesAddedAndRemovedAnswerAsAFreshLook() {
        KnownLinks kept = KnownLinks.of(sample.notebook());
        List<Resource> two = List.of(new Resource(1, "B", "https://example.org/b", "", "", sample.react),
                new Resource(2, "A", "https://example.org/a", "", "", 0));

        kept.replaceResources(two);
        assertThat(answers(kept)).isEqualTo(answers(KnownLinks.of(new Notebook(null, sample.outline(), two))));
        assertThat(answers(kept).get(3)).isEqualTo("resource #1 on #" + sample.react);

        kept.replaceResources(two.subList(1, 2));
        assertThat(answers(kept).get(3)).isEqualTo("-");
        assertThat(answers(kept).get(2)).isEqualTo("resource #2");
    }

    @Test
    void entriesLearntAreFoundByTheirLinks() {
        KnownLinks kept = KnownLinks.of(sample.notebook());
        kept.learn(List.of(entry("https://example.org/a").withId(7)));

        assertThat(kept.fresh(ASKED)).extracting(InboxEntry::url).doesNotContain("https://example.org/a");
        assertThat(kept.entriesWith(java.util.Set.of(CleanUrl.key("https://example.org/a/")))).containsExactly(7L);
    }
}
