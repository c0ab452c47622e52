package org.goalbook.clip;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;

/**
 * Reads an RSS 2.0 or Atom feed with Rome: one entry per item, its title, link, description as plain text, first
 * category as the section and its day. Rome refuses a DOCTYPE, so no external entity is ever resolved (no XXE).
 */
final class FeedIssue {
    private FeedIssue() {
    }

    /** The feed's title (for the source), reading the feed into {@code into} made by {@code entries}. */
    static SyndFeed parse(String xml) {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false); // the default, said out loud: a DOCTYPE is how external entities get in
        input.setXmlHealerOn(false);
        try {
            return input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (why.toLowerCase(java.util.Locale.ROOT).contains("doctype")) {
                throw new ClipRefused("the feed declares a DOCTYPE, which Goalbook does not read (it could pull in "
                        + "other files)", e);
            }
            throw new ClipRefused("not a readable RSS or Atom feed: " + firstLine(why), e);
        }
    }

    static void read(SyndFeed feed, IssueEntries into) {
        for (SyndEntry item : feed.getEntries()) {
            String link = item.getLink();
            if (link == null || link.isBlank()) {
                link = item.getUri();
            }
            if (link == null || !CleanUrl.isWebLink(link.strip())) {
                continue;
            }
            String title = item.getTitle() == null ? "" : Jsoup.parse(item.getTitle()).text();
            String section = item.getCategories().isEmpty() ? "" : item.getCategories().get(0).getName();
            into.add(title, List.of(link.strip()), summary(item), section,
                    SponsorWords.mark(title) && title.matches("(?is)^\\W*(\\[?sponsor|\\[?ad\\b|advert|promoted).*"),
                    day(item.getPublishedDate() != null ? item.getPublishedDate() : item.getUpdatedDate()));
        }
    }

    private static String summary(SyndEntry item) {
        SyndContent description = item.getDescription();
        String html = description != null ? description.getValue()
                : item.getContents().isEmpty() ? "" : item.getContents().get(0).getValue();
        return html == null ? "" : Jsoup.parse(html).text();
    }

    static LocalDate day(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static String firstLine(String message) {
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
