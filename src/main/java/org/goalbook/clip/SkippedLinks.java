package org.goalbook.clip;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Links of a newsletter that are not articles: navigation ("View in browser", "Archive"), unsubscribing and
 * preferences, sharing and social profiles, tracking pixels and mail links.
 */
final class SkippedLinks {
    private static final Set<String> SOCIAL_HOSTS = Set.of("twitter.com", "x.com", "facebook.com", "fb.com",
            "instagram.com", "t.me", "pinterest.com", "tiktok.com", "threads.net", "bsky.app", "plus.google.com");
    private static final Pattern NAVIGATION_TEXT = Pattern.compile("(?i)^\\W*(view (it |this )?(in|on) (your |a )?"
            + "(browser|web)|view online|read (it )?online|web version|unsubscribe.*|update (your )?(preferences|profile)"
            + "|manage (your )?(subscription|preferences|email).*|forward (this|to a friend).*|subscribe|sign up|"
            + "archives?|home|about( us)?|contact( us)?|privacy( policy)?|terms.*|rss|twitter|facebook|linkedin|"
            + "instagram|mastodon|youtube|share|tweet|email us|advertise|sponsor us|past issues)\\W*$");
    private static final Pattern NAVIGATION_URL = Pattern.compile("(?i)(unsubscribe|/optout|opt-out|/preferences"
            + "|/profile\\?|list-manage\\.com/(track|profile|unsubscribe|vcard)|/track/open|/open\\.php|/o/|"
            + "/e/o/|pixel|/share\\?|sharer\\.php|/intent/tweet|shareArticle|/forward\\?|/subscribe\\b)");

    private SkippedLinks() {
    }

    /** Whether the link (with the text it was shown as, maybe "") is not an entry. */
    static boolean skip(String url, String text) {
        if (!CleanUrl.isWebLink(url)) {
            return true; // mailto:, tel:, javascript:, anchors within the page
        }
        String host = CleanUrl.domain(url);
        if (SOCIAL_HOSTS.contains(host) || host.endsWith(".facebook.com") || host.startsWith("linkedin.com")
                && !url.toLowerCase(Locale.ROOT).contains("/pulse/")) {
            return true;
        }
        if (NAVIGATION_URL.matcher(url).find()) {
            return true;
        }
        return text != null && NAVIGATION_TEXT.matcher(text.strip()).matches();
    }
}
