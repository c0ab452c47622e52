package org.goalbook.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.goalbook.model.InboxEntry;
import org.junit.jupiter.api.Test;

/** Markdown, HTML, e-mail, RSS and Atom issues written from the real formats (src/test/resources/clip/). */
class FormatsClipTest {

    static Clipping clip(String name) {
        try (InputStream in = FormatsClipTest.class.getResourceAsStream("/clip/" + name)) {
            return Clipping.read(name, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(Clipping clipping) {
        return clipping.entries().stream().map(e -> (e.sponsor() ? "SPONSOR " : "") + e.section() + " | "
                + e.title() + " | " + String.join(" ", e.urls()) + " | " + e.summary()).toList();
    }

    @Test
    void markdownListItemsUnderHeadingsWithoutNavigationOrSocialLinks() {
        Clipping clipping = clip("weekly-issue.md");

        assertThat(clipping.source()).isEqualTo("Kubernetes Weekly #312");
        assertThat(lines(clipping)).containsExactly(
                "Articles | Debugging DNS in a cluster | https://blog.example.com/k8s-dns"
                        + " | a step-by-step look at CoreDNS, ndots and search domains.",
                "Articles | Pod priority in practice | https://engineering.example.org/pod-priority/"
                        + " | What happens when the scheduler evicts.",
                "SPONSOR Sponsored | Try Acme Cloud free for 30 days | https://acme.example/signup"
                        + " | Managed clusters in minutes.",
                "Tools | kubectl-tree | https://github.com/ahmetb/kubectl-tree | shows ownership of objects as a tree.");
    }

    @Test
    void htmlParagraphsAndItemsWithTheSponsorBoxFlaggedAndTheFooterLeftOut() {
        Clipping clipping = clip("weekly-issue.html");

        assertThat(clipping.source()).isEqualTo("Frontend Focus Issue 600");
        assertThat(lines(clipping)).containsExactly(
                "Top stories | Container Queries in Practice | https://web.dev/articles/container-queries"
                        + " | how to size components by their container, not the viewport.",
                "Top stories | CSS Nesting is here | https://developer.chrome.com/blog/css-nesting"
                        + " | Write nested rules without a preprocessor.",
                "SPONSOR Top stories | Clerk: authentication for React | https://ads.example/clerk"
                        + " | Drop-in sign-in for your app.",
                "Tools | Vite 5 | https://github.com/vitejs/vite | faster dev server, smaller builds.");
    }

    @Test
    void anEmailIsReadFromItsQuotedPrintableHtmlPartWithItsSubjectAndDay() {
        Clipping clipping = clip("weekly-issue.eml");

        assertThat(clipping.source()).isEqualTo("Golang Weekly Issue 480");
        assertThat(lines(clipping)).containsExactly(
                "In brief | Go 1.16 is coming | https://go.dev/blog/go1.16"
                        + " | embedding files and module changes, explained by the Go team.",
                "In brief | Practical Go: Real World Advice | https://dave.cheney.example/practical-go/"
                        + " | Writing maintainable Go programs, caf\u00e9 edition.");
        assertThat(clipping.entries()).allSatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 12, 1)));
    }

    @Test
    void aPlainTextEmailIsReadLikeAPlainTextNewsletter() {
        Clipping clipping = clip("text-only.eml");

        assertThat(lines(clipping)).containsExactly("Tools | Terraform 0.14 brings dependency lock files and concise diffs | https://www.hashicorp.com/blog/"
                + "announcing-hashicorp-terraform-0-14-general-availability"
                + " | Terraform 0.14 brings dependency lock files and concise diffs.");
    }

    @Test
    void rssItemsWithCategoryDayPlainSummaryAndTheSponsoredPostFlagged() {
        Clipping clipping = clip("feed.rss");

        assertThat(clipping.source()).isEqualTo("SRE Weekly");
        assertThat(lines(clipping)).containsExactly(
                "Incidents | Incident review: the cache that forgot | https://blog.example.net/cache-incident"
                        + " | A thorough write-up of a cache stampede.",
                "SPONSOR  | Sponsored: Observability that scales | https://vendor.example/observe | Try it today.",
                "Practices | Error budgets, explained | https://sre.example.com/error-budgets/"
                        + " | Why 100% is the wrong target.");
        assertThat(clipping.entries().get(0).date()).isEqualTo(LocalDate.of(2020, 12, 4));
    }

    @Test
    void atomEntriesWithSummaryOrContent() {
        Clipping clipping = clip("feed.atom");

        assertThat(clipping.source()).isEqualTo("Julia Evans");
        assertThat(lines(clipping)).containsExactly(
                "networking | How do you tell if a problem is caused by DNS? | https://jvns.example/blog/2020/11/30/dns/"
                        + " | Some ways to check whether DNS is the problem.",
                " | Some notes on vector drawing apps | https://jvns.example/blog/2020/11/22/vector-drawing/"
                        + " | Figma, Inkscape and friends.");
        assertThat(clipping.entries().get(1).date()).isEqualTo(LocalDate.of(2020, 11, 22));
    }

    @Test
    void aSingleLinkIsOneEntryNamedAfterItsRepository() {
        Clipping clipping = Clipping.read("clipboard", "https://github.com/opstrace/opstrace?utm_source=x\n".getBytes());

        InboxEntry only = clipping.entries().get(0);
        assertThat(clipping.entries()).hasSize(1);
        assertThat(only.title()).isEqualTo("opstrace/opstrace");
        assertThat(only.url()).isEqualTo("https://github.com/opstrace/opstrace");
    }
}
