package org.goalbook.model;

/**
 * One full-text search result.
 *
 * @param nodeId  the matching node (item, goal, page, …)
 * @param kind    its kind
 * @param name    its name as stored
 * @param snippet a short piece of the matching text with the match marked by [ and ]
 */
public record SearchHit(long nodeId, NodeKind kind, String name, String snippet) {
}
