package org.goalbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.goalbook.model.Change;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.model.OutlineEdits;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;

/** The round trips users reported broken: what the app writes into the real journal reads back the same. */
class AppMadeRoundTripTest {
    private final Notebook journal = JournalImporter.read(SharedFixtures.journal());

    @Test
    void notesWithATaskListStayNotes() {
        String notes = "Reading list:\n\n- [ ] read the SRE book\n- [x] watch the talk\n\n## Later\n\n1. one";
        Notebook after = edit(o -> OutlineEdits.setNotes(o, id(o, "Master SPA and webworkers"), notes));
        Outline again = JournalImporter.read(JournalExporter.write(after)).outline();
        assertThat(RoundTripProperties.describe(again)).isEqualTo(RoundTripProperties.describe(after.outline()));
        assertThat(SmallDiffTest.find(again, "Master SPA and webworkers").notes()).isEqualTo(notes);
    }

    @Test
    void aDatedHeadingTypedInTheLogStaysInTheLog() {
        Node log = journal.outline().roots().stream().filter(n -> n.name().startsWith("Log")).findFirst().orElseThrow();
        String text = log.notes() + "\n## 2023-01-05\n\n- [ ] read the SRE book\n";
        Notebook after = edit(o -> OutlineEdits.setNotes(o, log.id(), text));
        String out = JournalExporter.write(after);
        assertThat(out).contains("\n ## 2023-01-05\n");
        Outline again = JournalImporter.read(out).outline();
        assertThat(again.roots()).hasSameSizeAs(journal.outline().roots());
        assertThat(again.find(log.id()).orElseThrow().notes()).isEqualTo(text);
    }

    @Test
    void anItemNamedAsALinkInACommaListIsWrittenAsOneLink() {
        long frameworks = id(journal.outline(), "App Frameworks");
        Notebook after = edit(o -> OutlineEdits.add(o, o.children(frameworks).get(0).id(), -1,
                "[Nydus](https://github.com/dragonflyoss/image-service)", null));
        String out = JournalExporter.write(after);
        assertThat(out).contains("- Maintain: GatsbyJS, React, [Nydus](https://github.com/dragonflyoss/image-service)\n");
        Node nydus = SmallDiffTest.find(JournalImporter.read(out).outline(), "Nydus");
        assertThat(nydus.link()).isEqualTo("https://github.com/dragonflyoss/image-service");
        assertThat(nydus.kind()).isEqualTo(NodeKind.ITEM);
    }

    private Notebook edit(java.util.function.Function<Outline, List<Change>> plan) {
        return SmallDiffTest.apply(journal, plan.apply(journal.outline()));
    }

    private static long id(Outline o, String name) {
        return SmallDiffTest.find(o, name).id();
    }
}
