package org.goalbook.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One link clipped from a newsletter, feed, e-mail or page, waiting in the inbox to be explored, kept for later,
 * attached to an item or dismissed.
 *
 * @param id        the store's id; 0 for one not stored yet
 * @param title     the link text, the summary's subject, or {@code owner/repo} for a GitHub link
 * @param url       the first of {@code urls}, normalised (no tracking parameters)
 * @param urls      every link of the entry, normalised; never empty for a stored entry
 * @param summary   the paragraph that came with the link, as plain text
 * @param section   the heading it stood under ("News", "Tools"), or ""
 * @param source    where it came from: the newsletter, feed or page name
 * @param date      the or the post's day, or null when the source has none
 * @param sponsor   a sponsor or advertising entry
 * @param status    what the user decided
 * @param clippedAt when it was clipped, or null before it is stored
 */
public record InboxEntry(long id, String title, String url, List<String> urls, String summary, String section,
                         String source, LocalDate date, boolean sponsor, InboxStatus status, Instant clippedAt) {
    public InboxEntry {
        title = title == null ? "" : title;
        urls = urls == null ? List.of() : List.copyOf(urls);
        url = url == null ? (urls.isEmpty() ? "" : urls.get(0)) : url;
        summary = summary == null ? "" : summary;
        section = section == null ? "" : section;
        source = source == null ? "" : source;
        status = status == null ? InboxStatus.NEW : status;
    }

    public InboxEntry withId(long newId) {
        return new InboxEntry(newId, title, url, urls, summary, section, source, date, sponsor, status, clippedAt);
    }

    public InboxEntry withStatus(InboxStatus newStatus) {
        return new InboxEntry(id, title, url, urls, summary, section, source, date, sponsor, newStatus, clippedAt);
    }

    public InboxEntry withSource(String newSource) {
        return new InboxEntry(id, title, url, urls, summary, section, newSource, date, sponsor, status, clippedAt);
    }

    public InboxEntry withClippedAt(Instant at) {
        return new InboxEntry(id, title, url, urls, summary, section, source, date, sponsor, status, at);
    }
}
