package org.goalbook.clip;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;

/**
 * Collects one issue's entries as a reader finds them: drops links that are not articles, cleans the rest, merges
 * a link the issue gives twice, and names each entry.
 */
final class IssueEntries {
    private final String source;
    private final LocalDate date;
    private final List<InboxEntry> entries = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    IssueEntries(String source, LocalDate date) {
        this.source = source;
        this.date = date;
    }

    /**
     * Adds an entry for the links not skipped and not already in this issue; nothing when none is left.
     *
     * @param linkText the link's text, or "" for a bare link
     */
    void add(String linkText, List<String> urls, String summary, String section, boolean sponsor) {
        add(linkText, urls, summary, section, sponsor, date);
    }

    /** As {@link #add(String, List, String, String, boolean)}, for an entry with a day of its own (a feed's post). */
    void add(String linkText, List<String> urls, String summary, String section, boolean sponsor, LocalDate day) {
        Set<String> clean = new LinkedHashSet<>();
        for (String url : urls) {
            if (!SkippedLinks.skip(url, urls.size() == 1 ? linkText : "") && seen.add(CleanUrl.key(url))) {
                clean.add(CleanUrl.of(url));
            }
        }
        if (clean.isEmpty()) {
            return;
        }
        List<String> kept = List.copyOf(clean);
        String text = oneLine(summary);
        entries.add(new InboxEntry(0, EntryTitle.of(linkText, kept, text), kept.get(0), kept, text,
                oneLine(section), source, day != null ? day : date, sponsor, InboxStatus.NEW, null));
    }

    List<InboxEntry> entries() {
        return List.copyOf(entries);
    }

    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
