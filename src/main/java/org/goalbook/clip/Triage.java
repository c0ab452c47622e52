package org.goalbook.clip;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.goalbook.model.Change;
import org.goalbook.model.EditRefused;
import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Resource;
import org.goalbook.model.Stance;

/**
 * What the user decides for an inbox entry, planned as one list of changes (one transaction, one undo step): the
 * plan's edit and the entry's new status together.
 */
public final class Triage {
    /** The page that collects "things I ran across and need to look into sometime". */
    public static final String FUTURE_RESEARCH = "Future Research";

    private Triage() {
    }

    /** An explore item named after the entry, with its link, on the "Explore:" line of a topic or area. */
    public static List<Change> explore(Outline outline, InboxEntry entry, long underId) {
        refuseDone(entry);
        Node under = outline.find(underId).orElseThrow(() -> new EditRefused("no node #" + underId
                + " in this notebook; `goalbook list` shows the ids"));
        if (under.kind() != NodeKind.TOPIC && under.kind() != NodeKind.AREA) {
            throw new EditRefused("#" + underId + " \u201c" + under.displayName()
                    + "\u201d is not an area or a topic; an explore item goes under one");
        }
        List<Change> changes = new ArrayList<>(OutlineEdits.addItem(outline, underId, itemName(entry),
                linkTarget(entry.url()), Stance.EXPLORE));
        changes.add(new Change.SetStatus(entry.id(), InboxStatus.EXPLORED));
        return changes;
    }

    /** One Markdown line with the link and the summary, at the end of the "Future Research" page (made if missing). */
    public static List<Change> later(Outline outline, InboxEntry entry) {
        refuseDone(entry);
        String line = "- [" + itemName(entry) + "](" + linkTarget(entry.url()) + ")"
                + (entry.summary().isBlank() ? "" : " " + entry.summary());
        Optional<Node> page = futureResearch(outline);
        List<Change> changes = new ArrayList<>();
        if (page.isPresent()) {
            changes.add(new Change.Put(page.get().withNotes(appendLine(page.get().notes(), line))));
        } else {
            int at = outline.roots().size();
            long newId = Math.min(0, outline.preorder().stream().mapToLong(Node::id).min().orElse(0)) - 1;
            changes.add(new Change.Put(new Node(newId, 0, at, NodeKind.PAGE, FUTURE_RESEARCH, null, false, null, null,
                    "## " + FUTURE_RESEARCH + "\n\n" + line + "\n", false, null)));
        }
        changes.add(new Change.SetStatus(entry.id(), InboxStatus.LATER));
        return changes;
    }

    /** The entry kept as a resource on a skill item or goal. */
    public static List<Change> attach(Outline outline, InboxEntry entry, long itemId) {
        refuseDone(entry);
        Node item = outline.find(itemId).orElseThrow(() -> new EditRefused("no node #" + itemId
                + " in this notebook; `goalbook list` shows the ids"));
        if (item.kind() != NodeKind.ITEM && item.kind() != NodeKind.GOAL && item.kind() != NodeKind.TOPIC) {
            throw new EditRefused("#" + itemId + " \u201c" + item.displayName()
                    + "\u201d is not a skill item, topic or goal; resources are attached to those");
        }
        String origin = entry.source() + (entry.date() == null ? "" : " (" + entry.date() + ")");
        // The journal writes an item's links under it (markdown/ResourceLinks), which a comma list has no room for.
        List<Change> changes = new ArrayList<>(OutlineEdits.offCommaList(outline, itemId));
        changes.add(new Change.PutResource(new Resource(0, entry.title(), entry.url(), entry.summary(),
                origin.strip(), itemId)));
        changes.add(new Change.SetStatus(entry.id(), InboxStatus.ATTACHED));
        return changes;
    }

    public static List<Change> dismiss(InboxEntry entry) {
        refuseDone(entry);
        return List.of(new Change.SetStatus(entry.id(), InboxStatus.DISMISSED));
    }

    /**
     * Plans one triage for several entries as one action (one transaction, one undo step), each planned against
     * the outline as the ones before it leave it.
     */
    public static List<Change> all(Outline outline, List<InboxEntry> entries,
                                   java.util.function.BiFunction<Outline, InboxEntry, List<Change>> plan) {
        List<Change> changes = new ArrayList<>();
        Outline current = outline;
        for (InboxEntry entry : entries) {
            List<Change> one = plan.apply(current, entry);
            changes.addAll(one);
            // A preview rebuilds the whole outline: only worth it when the plan changed nodes (not a dismiss).
            if (one.stream().anyMatch(c -> c instanceof Change.Put || c instanceof Change.Remove)) {
                current = OutlineEdits.preview(current, one);
            }
        }
        return changes;
    }

    /**
     * The area or topic an entry most likely belongs under: the one whose name shares the most words (of four
     * letters or more) with the entry's title and summary; empty when none shares a word.
     */
    public static Optional<Node> likelyHome(Outline outline, InboxEntry entry) {
        java.util.Set<String> words = words(entry.title() + " " + entry.summary());
        Node best = null;
        long bestScore = 0;
        for (Node n : outline.preorder()) {
            if (n.kind() == NodeKind.AREA || n.kind() == NodeKind.TOPIC) {
                long score = words(n.displayName()).stream().filter(words::contains).count();
                if (score > bestScore) {
                    best = n;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

    static Optional<Node> futureResearch(Outline outline) {
        return outline.roots().stream().filter(n -> n.kind() == NodeKind.PAGE
                && n.displayName().strip().equalsIgnoreCase(FUTURE_RESEARCH)).findFirst();
    }

    /**
     * The line goes after the page's last text, before its trailing blank lines (they separate it from the next
     * heading); after a paragraph it gets a blank line of its own, so that it starts a list.
     */
    static String appendLine(String notes, String line) {
        int end = notes.length();
        while (end > 0 && Character.isWhitespace(notes.charAt(end - 1))) {
            end--;
        }
        int lineEnd = notes.indexOf('\n', end);
        String body = lineEnd < 0 ? notes : notes.substring(0, lineEnd);
        String trailing = lineEnd < 0 ? "\n" : notes.substring(lineEnd);
        boolean afterList = body.substring(body.lastIndexOf('\n') + 1).matches("\\s*([-*+]|\\d+[.)])\\s.*");
        return body + (afterList ? "\n" : "\n\n") + line + trailing;
    }

    private static void refuseDone(InboxEntry entry) {
        if (entry.status() != InboxStatus.NEW) {
            throw new EditRefused("inbox entry #" + entry.id() + " is already " + entry.status().word()
                    + "; only new entries are triaged");
        }
    }

    /** The journal writes an item as "[name](link)" in a comma list: brackets in the name would end it early. */
    private static String itemName(InboxEntry entry) {
        String name = entry.title().isBlank() ? CleanUrl.domain(entry.url()) : entry.title();
        return name.replace('[', '(').replace(']', ')').replaceAll("\\s+", " ").strip();
    }

    private static String linkTarget(String url) {
        return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20");
    }
}
