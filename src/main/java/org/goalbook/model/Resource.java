package org.goalbook.model;

/**
 * A link worth keeping, e.g. from a newsletter; it can be attached to a skill item.
 *
 * @param id      the store's id; 0 for one not stored yet
 * @param title   what the link is called
 * @param url     where it points
 * @param summary a paragraph saying why it matters
 * @param origin  where it came from, e.g. "DevOps Weekly #500"
 * @param nodeId  the skill item it is attached to, or 0
 */
public record Resource(long id, String title, String url, String summary, String origin, long nodeId) {
    public Resource {
        title = title == null ? "" : title;
        url = url == null ? "" : url;
        summary = summary == null ? "" : summary;
        origin = origin == null ? "" : origin;
    }
}
