package org.goalbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Stance;
import org.goalbook.testing.LineDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guarantee 1 on journals as people really write them: whatever is not touched comes back byte for byte. */
class UntouchedJournalTest {

    @ParameterizedTest
    @ValueSource(strings = {"messy-2024.md", "crlf-no-final-newline.md", "cyrillic-and-tabs.md",
            "stances-as-headings.md"})
    void importThenExportGivesBackTheSameBytes(String name) {
        String text = resource(name);
        assertThat(JournalExporter.write(JournalImporter.read(text))).isEqualTo(text);
    }

    @Test
    void radarRingWordsAreReadAsStancesAndKeptAsWritten() {
        String text = resource("messy-2024.md");
        Outline o = JournalImporter.read(text).outline();
        assertThat(find(o, "Rust").stance()).isEqualTo(Stance.MAINTAIN);
        assertThat(find(o, "Rust").done()).isTrue();
        assertThat(find(o, "Rust").doneOn()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(find(o, "`C++20`").stance()).isEqualTo(Stance.IMPROVE);
        assertThat(find(o, "Perl").stance()).isEqualTo(Stance.SKIP);
        assertThat(find(o, "日本語ドキュメント").parentId()).isEqualTo(find(o, "Scripting").id());
        assertThat(find(o, "Python").done()).isTrue();

        Notebook nb = JournalImporter.read(text);
        String out = JournalExporter.write(SmallDiffTest.apply(nb,
                OutlineEdits.setStance(o, find(o, "Zig").id(), Stance.IMPROVE)));
        assertThat(LineDiff.of(text, out)).containsExactly(
                "-\t- Adopt: Rust ✅ 2024-03-02, Zig", "-\t- Trial: Go, `C++20`",
                "+\t- Adopt: Rust ✅ 2024-03-02", "+\t- Trial: Go, `C++20`, Zig");
    }

    @Test
    void tasksAnywhereInAGoalSectionCanBeTicked() {
        String text = resource("messy-2024.md");
        Outline o = JournalImporter.read(text).outline();
        assertThat(find(o, "Ship the platform").done()).isTrue();
        assertThat(find(o, "write docs").done()).isFalse();
        assertThat(find(o, "record a talk").done()).isTrue();
        Node nix = find(o, "Learn Nix");
        assertThat(nix.kind()).isEqualTo(NodeKind.ITEM);

        String out = JournalExporter.write(SmallDiffTest.apply(JournalImporter.read(text),
                OutlineEdits.tick(o, find(o, "record a talk").id(), false, LocalDate.now())));
        assertThat(LineDiff.of(text, out)).containsExactly("-   * [X] record a talk", "+   * [ ] record a talk");
        out = JournalExporter.write(SmallDiffTest.apply(JournalImporter.read(text),
                OutlineEdits.tick(o, nix.id(), true, LocalDate.now())));
        assertThat(LineDiff.of(text, out)).containsExactly("-- [ ] Learn Nix   ", "+- [x] Learn Nix   ");
    }

    @Test
    void whatIsNotAGoalStaysTextAndNeverBecomesAnItem() {
        Outline o = JournalImporter.read(resource("messy-2024.md")).outline();
        assertThat(o.preorder()).noneMatch(n -> n.name().equals("not"));
        assertThat(o.preorder()).noneMatch(n -> n.name().contains("not a goal"));
        assertThat(o.preorder()).noneMatch(n -> n.name().equals("a task in a page"));
        Node exploring = find(o, "Exploring");
        assertThat(exploring.kind()).isEqualTo(NodeKind.TOPIC);
        assertThat(o.children(exploring.id())).extracting(Node::stance).containsOnlyNulls();
    }

    @Test
    void editsInACrlfJournalKeepCrlf() {
        String text = resource("crlf-no-final-newline.md");
        Notebook nb = JournalImporter.read(text);
        Outline o = nb.outline();
        Node ops = find(o, "Ops");
        String out = JournalExporter.write(SmallDiffTest.apply(nb, OutlineEdits.add(o, ops.id(), -1, "Vault", null)));
        assertThat(out).contains("- Master Terraform\r\n- Vault:\r\n\r\n## Page");
        assertThat(out).doesNotContain("Vault\n\n");
        assertThat(out).endsWith("text without final newline");
    }

    @Test
    void unusualGoalSectionsAreKeptAndReadWhereTheyCanBe() {
        String text = resource("stances-as-headings.md");
        Outline o = JournalImporter.read(text).outline();
        Node year = o.roots().get(0);
        assertThat(year.kind()).isEqualTo(NodeKind.YEAR);
        assertThat(year.notes()).contains("stances as headings").contains("### Maintain");
        assertThat(find(o, "Java").kind()).isEqualTo(NodeKind.GOAL);
        assertThat(find(o, "SQL").notes()).contains("### Deep Dive").contains("| K8s   | 3     |");
        assertThat(find(o, "Deep Dive").kind()).isEqualTo(NodeKind.TOPIC);
        assertThat(find(o, "VMs").stance()).isEqualTo(Stance.SKIP);
    }

    static Node find(Outline o, String name) {
        return SmallDiffTest.find(o, name);
    }

    static String resource(String name) {
        try (InputStream in = UntouchedJournalTest.class.getResourceAsStream("/journals/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test journal " + name, e);
        }
    }
}
