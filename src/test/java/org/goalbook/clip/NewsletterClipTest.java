package org.goalbook.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.goalbook.model.InboxEntry;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;

/** The user's newsletter (../shared/fixtures/devops-weekly.txt) gives exactly its entries, counted by hand. */
class NewsletterClipTest {

    /** One line per entry: sponsor flag, section, title, every link. */
    private static List<String> lines(Clipping clipping) {
        return clipping.entries().stream().map(e -> (e.sponsor() ? "SPONSOR " : "") + e.section() + " | "
                + e.title() + " | " + String.join(" ", e.urls())).toList();
    }

    @Test
    void everyArticleOfNewsAndToolsAndTheFlaggedSponsorAndNothingOfTheIntro() {
        Clipping clipping = Clipping.read(SharedFixtures.path("devops-weekly.txt"));

        assertThat(lines(clipping)).containsExactly(
                "SPONSOR StackHawk sponsors Devops Weekly | Check out how we have built our microservices in "
                        + "Kubernetes here at StackHawk | https://sthwk.com/kube-services",
                "News | A post on moving from systems administration to information security"
                        + " | https://www.devseccon.com/a-sysadmin-moves-to-infosec-secadvent-day-1/",
                "News | Hindsight is an interesting design tool for future systems"
                        + " | https://blog.dave.tf/post/new-kubernetes/",
                "News | An interesting post on scaling CI/CD pipelines across development teams | https://medium.com/"
                        + "riskified-technology/how-to-build-a-ci-cd-process-that-deploys-on-kubernetes-and-focuses"
                        + "-on-developer-independence-7dc4c20984a",
                "News | A breakdown of the recent large AWS outage"
                        + " | https://ryanfrantz.com/posts/aws-kinesis-outage-analysis.html",
                "News | Software is always rooted in when it was first written"
                        + " | https://www.theregister.com/2020/12/01/githubs_journey_towards_microservices/",
                "News | Details of scaling datastores | https://slack.engineering/scaling-datastores-at-slack-with-vitess/",
                "News | The Kubernetes API is designed to be extended with new resources"
                        + " | https://timewitch.net/post/2019-12-30-pinneddeployments/",
                "Tools | opstrace/opstrace | https://github.com/opstrace/opstrace",
                "Tools | replicate/replicate | https://replicate.ai/ https://github.com/replicate/replicate",
                "Tools | dragonflyoss/image-service | https://github.com/dragonflyoss/image-service");
    }

    @Test
    void summariesAreTheParagraphsAndTheSourceIsTheFileName() {
        Clipping clipping = Clipping.read(SharedFixtures.path("devops-weekly.txt"));
        InboxEntry slack = clipping.entries().get(6);

        assertThat(slack.summary()).isEqualTo("Details of scaling datastores, from active/active MySQL clusters to "
                + "using Vitess.");
        assertThat(clipping.source()).isEqualTo("devops-weekly");
        assertThat(clipping.entries()).allSatisfy(e -> assertThat(e.source()).isEqualTo("devops-weekly"));
        assertThat(clipping.entries()).noneMatch(e -> e.summary().contains("Starting out this week"));
    }
}
