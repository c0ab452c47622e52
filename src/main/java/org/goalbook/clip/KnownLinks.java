package org.goalbook.clip;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goalbook.model.InboxEntry;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Resource;

/**
 * Where a notebook already has a link: an item's link, a link in a page or in notes, a resource, an inbox entry.
 * Links count as the same when their {@link CleanUrl#key keys} are.
 */
public final class KnownLinks {
    private static final Pattern LINK = Pattern.compile("https?://[^\\s)<>\\]\"']+");

    private final Map<String, String> inPlan = new HashMap<>();
    private final Map<String, Long> inInbox = new HashMap<>();

    private KnownLinks() {
    }

    public static KnownLinks of(Notebook notebook) {
        KnownLinks known = new KnownLinks();
        for (Node n : notebook.outline().preorder()) {
            String where = (n.kind() == NodeKind.PAGE ? "page" : label(n)) + " #" + n.id() + " \u201c"
                    + n.displayName() + "\u201d";
            if (n.link() != null && CleanUrl.isWebLink(n.link())) {
                known.inPlan.putIfAbsent(CleanUrl.key(n.link()), where);
            }
            Matcher m = LINK.matcher(n.name() + "\n" + n.notes());
            while (m.find()) {
                known.inPlan.putIfAbsent(CleanUrl.key(m.group()), where);
            }
        }
        for (Resource r : notebook.resources()) {
            if (CleanUrl.isWebLink(r.url())) {
                known.inPlan.putIfAbsent(CleanUrl.key(r.url()), "resource #" + r.id()
                        + (r.nodeId() > 0 ? " on #" + r.nodeId() : ""));
            }
        }
        for (InboxEntry e : notebook.inbox()) {
            e.urls().forEach(url -> known.inInbox.putIfAbsent(CleanUrl.key(url), e.id()));
        }
        return known;
    }

    /** Where the plan already has one of the entry's links ("item #12 “Remix”"), if it does. */
    public Optional<String> where(InboxEntry entry) {
        return entry.urls().stream().map(u -> inPlan.get(CleanUrl.key(u))).filter(w -> w != null).findFirst();
    }

    /** The id of an inbox entry that already has one of the entry's links, if one does. */
    public Optional<Long> inInbox(InboxEntry entry) {
        return entry.urls().stream().map(u -> inInbox.get(CleanUrl.key(u))).filter(id -> id != null).findFirst();
    }

    /** The clipped entries the inbox does not hold yet, by link. */
    public List<InboxEntry> fresh(List<InboxEntry> clipped) {
        return clipped.stream().filter(e -> inInbox(e).isEmpty()).toList();
    }

    private static String label(Node n) {
        return switch (n.kind()) {
            case ITEM -> "item";
            case GOAL -> "goal";
            case TOPIC -> "topic";
            case AREA -> "area";
            default -> n.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
