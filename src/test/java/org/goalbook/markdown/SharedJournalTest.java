package org.goalbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;

/** The user's real journal: read as the goals it holds, and written back byte for byte. */
class SharedJournalTest {

    @Test
    void exportWithoutEditsGivesBackTheSameBytes() {
        String journal = SharedFixtures.journal();
        assertThat(JournalExporter.write(JournalImporter.read(journal))).isEqualTo(journal);
    }

    @Test
    void frontMatterBecomesNotebookMetadata() {
        Notebook nb = JournalImporter.read(SharedFixtures.journal());
        assertThat(nb.meta().title()).isEqualTo("Journal: Ending 2022-01-21");
        assertThat(nb.meta().author()).isEqualTo("EdPike365");
        assertThat(nb.meta().status()).isEqualTo("draft");
        assertThat(nb.meta().tags()).containsExactly("edpike365", "DevOps", "Full Stack", "SRE", "SynBio");
    }

    @Test
    void readsTwoYearsAndKeepsEverythingElseAsPages() {
        Outline o = JournalImporter.read(SharedFixtures.journal()).outline();
        List<String> years = o.roots().stream().filter(n -> n.kind() == NodeKind.YEAR).map(Node::name).toList();
        assertThat(years).containsExactly("2022", "2023");
        List<String> pages = o.roots().stream().filter(n -> n.kind() == NodeKind.PAGE).map(Node::name).toList();
        assertThat(pages).contains("Things I Bought", "Log (LIFO)", "Articles", "Books", "Future Research",
                "Upskilling IT Report 2023 (DevOps Institute)");
    }

    @Test
    void readsStrategicGoalsWithSubPoints() {
        Outline o = JournalImporter.read(SharedFixtures.journal()).outline();
        Node strategic = child(o, year(o, "2022"), NodeKind.STRATEGIC);
        List<Node> goals = o.children(strategic.id());
        assertThat(goals).extracting(Node::name).containsExactly(
                "Work as a consultant and be able to offer the following services:",
                "Earn Kubernetes certs (I've already bought them and they must be used)");
        List<String> subPoints = o.children(goals.get(0).id()).stream().map(Node::name).toList();
        assertThat(subPoints).containsExactly("Modernize legacy Java web apps",
                "Offer pub/sub integration to increase performance and resilience.",
                "Containerized, vendor neutral, serverless APIs",
                "Introduce or enhance DevOps Infrastructure, and custom DevOps tools if needed.",
                "Improve App and API integrated security");
        assertThat(o.children(o.children(goals.get(0).id()).get(0).id())).hasSize(6);
    }

    @Test
    void readsAreasTopicsAndStances() {
        Outline o = JournalImporter.read(SharedFixtures.journal()).outline();
        Node tactical = child(o, year(o, "2022"), NodeKind.TACTICAL);
        assertThat(o.children(tactical.id())).extracting(Node::name)
                .containsExactly("Front End", "Back End", "DevOps", "SysOps", "Containers");
        assertThat(tactical.notes()).startsWith("I will be learning and demonstrating");

        Node frontEnd = o.children(tactical.id()).get(0);
        Node frameworks = o.children(frontEnd.id()).get(0);
        assertThat(frameworks.kind()).isEqualTo(NodeKind.TOPIC);
        assertThat(frameworks.name()).isEqualTo("App Frameworks");
        assertThat(itemsByStance(o, frameworks)).isEqualTo(
                "MAINTAIN=[GatsbyJS, React] IMPROVE=[Next.js, Redux] EXPLORE=[SvelteKit, Angular 2, Remix] "
                        + "SKIP=[Vue/Nuxt, React Native, Flutter, Ruby, Android, Swift]");
        Node remix = o.preorder().stream().filter(n -> n.name().equals("Remix")).findFirst().orElseThrow();
        assertThat(remix.link()).isEqualTo("https://remix.run/");
        assertThat(remix.stance()).isEqualTo(Stance.EXPLORE);

        Node sso = o.children(frontEnd.id()).get(1);
        assertThat(sso.kind()).isEqualTo(NodeKind.TOPIC);
        assertThat(sso.name()).isEqualTo("SSO");
        assertThat(o.children(sso.id())).extracting(Node::name).containsExactly("Okta", "AuthO");

        Node spa = o.children(frontEnd.id()).get(3);
        assertThat(spa.kind()).isEqualTo(NodeKind.ITEM);
        assertThat(spa.name()).isEqualTo("Master SPA and webworkers");
    }

    @Test
    void aYearWithoutHeadingsIsAListOfGoals() {
        Outline o = JournalImporter.read(SharedFixtures.journal()).outline();
        List<Node> goals = o.children(year(o, "2023").id());
        assertThat(goals).allMatch(g -> g.kind() == NodeKind.GOAL);
        assertThat(goals).extracting(Node::name).contains("Master GoLang", "Explore Rust", "MLOps");
        Node golang = goals.stream().filter(g -> g.name().equals("Master GoLang")).findFirst().orElseThrow();
        assertThat(o.children(golang.id())).hasSize(3);
    }

    static Node year(Outline o, String year) {
        return o.roots().stream().filter(n -> n.kind() == NodeKind.YEAR && n.name().equals(year)).findFirst()
                .orElseThrow();
    }

    static Node child(Outline o, Node parent, NodeKind kind) {
        return o.children(parent.id()).stream().filter(n -> n.kind() == kind).findFirst().orElseThrow();
    }

    private static String itemsByStance(Outline o, Node topic) {
        return o.children(topic.id()).stream()
                .map(line -> line.stance() + "=" + o.children(line.id()).stream().map(Node::name).toList())
                .collect(Collectors.joining(" "));
    }
}
