package org.goalbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.goalbook.model.Change;
import org.goalbook.model.EditRefused;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Stance;
import org.goalbook.testing.LineDiff;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Guarantee 2: ticking, changing a stance, renaming, adding, deleting or moving changes only the lines that hold it. */
class SmallDiffTest {
    private static final LocalDate TODAY = LocalDate.of(2022, 5, 1);
    private String journal;
    private Notebook notebook;

    @BeforeEach
    void read() {
        journal = SharedFixtures.journal();
        notebook = JournalImporter.read(journal);
    }

    @Test
    void tickingAnItemInACommaListMarksItWithACheck() {
        String out = edit(OutlineEdits.tick(outline(), id("GatsbyJS"), true, TODAY));
        assertThat(LineDiff.of(journal, out)).containsExactly(
                "-  - Maintain: GatsbyJS, React", "+  - Maintain: GatsbyJS \u2705 2022-05-01, React");
        Node again = find(JournalImporter.read(out).outline(), "GatsbyJS");
        assertThat(again.done()).isTrue();
        assertThat(again.doneOn()).isEqualTo(TODAY);
    }

    @Test
    void tickingAnItemOnItsOwnLineMakesItATask() {
        String out = edit(OutlineEdits.tick(outline(), id("Master SPA and webworkers"), true, TODAY));
        assertThat(LineDiff.of(journal, out)).containsExactly(
                "-- Master SPA and webworkers", "+- [x] Master SPA and webworkers");
        assertThat(find(JournalImporter.read(out).outline(), "Master SPA and webworkers").done()).isTrue();
    }

    @Test
    void untickingAfterTickingGivesBackTheOriginal() {
        Notebook ticked = apply(notebook, OutlineEdits.tick(outline(), id("React"), true, TODAY));
        Notebook unticked = apply(ticked, OutlineEdits.tick(ticked.outline(), id("React"), false, TODAY));
        assertThat(JournalExporter.write(unticked)).isEqualTo(journal);
    }

    @Test
    void changingAStanceMovesTheItemBetweenItsTopicsStanceLines() {
        String out = edit(OutlineEdits.setStance(outline(), id("React"), Stance.IMPROVE));
        assertThat(LineDiff.of(journal, out)).containsExactly(
                "-  - Maintain: GatsbyJS, React", "-  - Improve: Next.js, Redux",
                "+  - Maintain: GatsbyJS", "+  - Improve: Next.js, Redux, React");
        assertThat(find(JournalImporter.read(out).outline(), "React").stance()).isEqualTo(Stance.IMPROVE);
    }

    @Test
    void theLastItemLeavingAStanceLineTakesTheLineAway() {
        Notebook nb = apply(notebook, OutlineEdits.setStance(outline(), id("GatsbyJS"), Stance.EXPLORE));
        String out = JournalExporter.write(apply(nb, OutlineEdits.setStance(nb.outline(), id("React"), Stance.EXPLORE)));
        assertThat(LineDiff.of(journal, out)).containsExactly(
                "-  - Maintain: GatsbyJS, React",
                "-  - Explore: SvelteKit, Angular 2, [Remix](https://remix.run/)",
                "+  - Explore: SvelteKit, Angular 2, [Remix](https://remix.run/), GatsbyJS, React");
    }

    @Test
    void aStanceOnAnItemOnItsOwnLineWritesAStanceLineInItsPlace() {
        String out = edit(OutlineEdits.setStance(outline(), id("Master SPA and webworkers"), Stance.IMPROVE));
        assertThat(LineDiff.of(journal, out)).containsExactly(
                "-- Master SPA and webworkers", "+- Improve: Master SPA and webworkers");
        Node spa = find(JournalImporter.read(out).outline(), "Master SPA and webworkers");
        assertThat(spa.stance()).isEqualTo(Stance.IMPROVE);
    }

    @Test
    void aStanceForAnItemInATopicsCommaListAddsANestedStanceLine() {
        String out = edit(OutlineEdits.setStance(outline(), id("Okta"), Stance.EXPLORE));
        assertThat(LineDiff.of(journal, out)).containsExactly(
                "-- SSO: Okta, AuthO", "+- SSO: AuthO", "+  - Explore: Okta");
        Outline again = JournalImporter.read(out).outline();
        assertThat(find(again, "Okta").stance()).isEqualTo(Stance.EXPLORE);
        assertThat(again.ancestor(find(again, "Okta"), NodeKind.TOPIC).orElseThrow().name()).isEqualTo("SSO");
    }

    @Test
    void renamingChangesOneLine() {
        String out = edit(OutlineEdits.rename(outline(), id("Okta"), "Okta CIC"));
        assertThat(LineDiff.of(journal, out)).containsExactly("-- SSO: Okta, AuthO", "+- SSO: Okta CIC, AuthO");
    }

    @Test
    void addingATopicAddsItsLineAndNothingElseMoves() {
        long frontEnd = find(outline(), "Front End").id();
        String out = edit(OutlineEdits.add(outline(), frontEnd, -1, "Learn WebAssembly", null));
        // A topic with nothing in it yet ends in a colon; without it the line would read back as a skill item.
        assertThat(LineDiff.of(journal, out)).containsExactly("+- Learn WebAssembly:");
        assertThat(out).contains("- Master Typescript and auto testing\n- Learn WebAssembly:\n\nBack End\n");
        Node again = find(JournalImporter.read(out).outline(), "Learn WebAssembly");
        assertThat(again.parentId()).isEqualTo(frontEnd);
        assertThat(again.kind()).isEqualTo(NodeKind.TOPIC);
    }

    @Test
    void addingAnItemWithAStanceJoinsThatStanceLine() {
        long frameworks = find(outline(), "App Frameworks").id();
        String out = edit(OutlineEdits.add(outline(), frameworks, -1, "Qwik", Stance.EXPLORE));
        assertThat(LineDiff.of(journal, out)).containsExactly(
                "-  - Explore: SvelteKit, Angular 2, [Remix](https://remix.run/)",
                "+  - Explore: SvelteKit, Angular 2, [Remix](https://remix.run/), Qwik");
    }

    @Test
    void addingASubPointToAStrategicGoalNestsItUnderTheLastOne() {
        Node certs = find(outline(), "Earn Kubernetes certs (I've already bought them and they must be used)");
        String out = edit(OutlineEdits.add(outline(), certs.id(), -1, "CKA first", null));
        assertThat(LineDiff.of(journal, out)).containsExactly("+   - CKA first");
        Node again = find(JournalImporter.read(out).outline(), "CKA first");
        assertThat(again.parentId()).isEqualTo(certs.id());
    }

    @Test
    void deletingRemovesOnlyTheItemsLines() {
        String out = edit(OutlineEdits.delete(outline(), id("Master Typescript and auto testing")));
        assertThat(LineDiff.of(journal, out)).containsExactly("-- Master Typescript and auto testing");
        assertThat(out).contains("- Master SPA and webworkers\n\nBack End\n");
    }

    @Test
    void movingAnItemUpSwapsTwoLines() {
        Node typescript = find(outline(), "Master Typescript and auto testing");
        String out = edit(OutlineEdits.move(outline(), typescript.id(), typescript.parentId(),
                typescript.position() - 1));
        assertThat(LineDiff.of(journal, out)).hasSize(2);
        assertThat(out).contains("- Master Typescript and auto testing\n- Master SPA and webworkers\n\nBack End\n");
    }

    @Test
    void movingAnItemIntoAnotherItemIndentsItAndItsSubPoints() {
        Node secrets = find(outline(), "[Fabric8 Config](https://fabric8.io/guide/develop/configuration.html)?");
        Node argo = find(outline(), "Argo CD");
        String out = edit(OutlineEdits.move(outline(), secrets.id(), argo.id(), 0));
        Outline again = JournalImporter.read(out).outline();
        assertThat(find(again, secrets.name()).parentId()).isEqualTo(argo.id());
        assertThat(LineDiff.of(journal, out)).containsExactly(
                "+    - [Fabric8 Config](https://fabric8.io/guide/develop/configuration.html)?",
                "-  - [Fabric8 Config](https://fabric8.io/guide/develop/configuration.html)?");
    }

    @Test
    void notesWithAHeadingStayTheItemsNotesAndTheYearGoesOn() {
        Node spa = find(outline(), "Master SPA and webworkers");
        String notes = "## Notes\n\nThe **hooks** course, then web workers.";
        String out = edit(OutlineEdits.setNotes(outline(), spa.id(), notes));
        assertThat(LineDiff.of(journal, out)).containsExactly("+", "+  ## Notes", "+",
                "+  The **hooks** course, then web workers.", "+");
        Outline again = JournalImporter.read(out).outline();
        assertThat(find(again, "Master SPA and webworkers").notes()).isEqualTo(notes);
        assertThat(again.preorder()).extracting(Node::name).contains("Back End", "Containers", "CrossPlane");
        assertThat(JournalImporter.read(out).outline().size()).isEqualTo(outline().size());
    }

    @Test
    void notesOnAnItemInACommaListMoveItToABulletUnderItsLine() {
        String out = edit(OutlineEdits.setNotes(outline(), id("GatsbyJS"), "Upgrade to Gatsby 5 first."));
        assertThat(LineDiff.of(journal, out)).containsExactly("-  - Maintain: GatsbyJS, React",
                "+  - Maintain: React", "+    - GatsbyJS", "+", "+      Upgrade to Gatsby 5 first.", "+");
        Node again = find(JournalImporter.read(out).outline(), "GatsbyJS");
        assertThat(again.stance()).isEqualTo(Stance.MAINTAIN);
        assertThat(again.notes()).isEqualTo("Upgrade to Gatsby 5 first.");
        assertThat(again.inline()).isFalse();
    }

    @Test
    void aLinkOnAnItemInACommaListChangesOnlyItsToken() {
        String out = edit(OutlineEdits.rename(outline(), id("React"), "[React](https://react.dev/)"));
        assertThat(LineDiff.of(journal, out)).containsExactly("-  - Maintain: GatsbyJS, React",
                "+  - Maintain: GatsbyJS, [React](https://react.dev/)");
        Node again = find(JournalImporter.read(out).outline(), "React");
        assertThat(again.link()).isEqualTo("https://react.dev/");
        assertThat(again.inline()).isTrue();
    }

    @Test
    void anItemWithSubPointsTakesAStanceAsABulletUnderTheStanceLine() {
        Node serverless = find(outline(), "Serverless APIs");
        int subPoints = outline().subtree(serverless.id()).size();
        String out = edit(OutlineEdits.setStance(outline(), serverless.id(), Stance.EXPLORE));
        // The stance line takes the item's place; the item and its sub-points move one level in, text unchanged.
        List<String> diff = LineDiff.of(journal, out);
        assertThat(diff).contains("-- Serverless APIs", "+- Explore:", "+  - Serverless APIs",
                "+      - [Knative (Google)](https://knative.dev/docs/)");
        assertThat(diff.stream().filter(l -> l.startsWith("+")).map(l -> l.substring(1).strip()).toList())
                .containsAll(diff.stream().filter(l -> l.startsWith("-")).map(l -> l.substring(1).strip()).toList());
        Outline again = JournalImporter.read(out).outline();
        Node read = find(again, "Serverless APIs");
        assertThat(read.stance()).isEqualTo(Stance.EXPLORE);
        assertThat(again.subtree(read.id())).hasSize(subPoints);
    }

    private Outline outline() {
        return notebook.outline();
    }

    private long id(String name) {
        return find(outline(), name).id();
    }

    private String edit(List<Change> changes) {
        return JournalExporter.write(apply(notebook, changes));
    }

    static Notebook apply(Notebook nb, List<Change> changes) {
        return new Notebook(nb.meta(), OutlineEdits.preview(nb.outline(), changes), nb.resources());
    }

    static Node find(Outline o, String name) {
        return o.preorder().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no node named " + name));
    }
}
