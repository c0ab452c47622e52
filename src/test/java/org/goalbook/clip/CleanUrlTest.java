package org.goalbook.clip;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanUrlTest {
    @Test
    void trackingParametersAndTheFragmentGoOtherParametersStay() {
        assertThat(CleanUrl.of("HTTPS://Blog.Example.com:443/a/B?utm_source=nl&id=7&fbclid=x&gclid=y&mc_cid=1"
                + "&mc_eid=2&UTM_Medium=e#top")).isEqualTo("https://blog.example.com/a/B?id=7");
        assertThat(CleanUrl.of("https://example.com")).isEqualTo("https://example.com/");
    }

    @Test
    void theSameArticleHasOneKeyWhateverItsSchemeWwwOrFinalSlash() {
        assertThat(CleanUrl.key("http://www.example.com/post/?utm_campaign=x"))
                .isEqualTo(CleanUrl.key("https://example.com/post"));
        assertThat(CleanUrl.key("https://example.com/post?page=2")).isNotEqualTo(CleanUrl.key("https://example.com/post"));
    }
}
