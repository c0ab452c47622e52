package org.goalbook.exchange;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.goalbook.model.InboxEntry;

/** The inbox as JSON for scripts ({@code goalbook inbox --json}): one object per entry, in a fixed field order. */
public final class InboxJson {
    private InboxJson() {
    }

    /**
     * @param known where the plan already has each entry's link, by entry id; entries without one get null
     */
    public static String write(List<InboxEntry> entries, Map<Long, String> known) {
        return PrettyJson.write(entries.stream().map(e -> new Row(e.id(), e.title(), e.url(), e.summary(), e.section(),
                e.source(), e.sponsor(), e.status().word(), known.get(e.id()))).toList());
    }

    @JsonPropertyOrder({"id", "title", "url", "summary", "section", "source", "sponsor", "status", "known"})
    record Row(long id, String title, String url, String summary, String section, String source, boolean sponsor,
               String status, String known) {
    }
}
