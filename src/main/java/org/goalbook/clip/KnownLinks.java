package org.goalbook.clip;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goalbook.model.InboxEntry;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Resource;

/**
 * Where a notebook already has a link: an item's link, a link in a page or in notes, a resource, an inbox entry.
 * Links count as the same when their {@link CleanUrl#key keys} are. Built once from a notebook and kept current
 * change by change ({@link #replace}, {@link #replaceResources}, {@link #learn}), so that a window does not read the
 * whole notebook again after every edit.
 */
public final class KnownLinks {
    private static final Pattern LINK = Pattern.compile("https?://[^\\s)<>\\]\"']+");

    /** Key → the nodes holding it (by id, in the order learnt: a notebook's preorder at first) → where, in words. */
    private final Map<String, Map<Long, String>> inNodes = new HashMap<>();
    private final Map<Long, Set<String>> keysOfNode = new HashMap<>();
    private final Map<String, Map<Long, String>> inResources = new HashMap<>();
    private final Map<Long, Resource> resources = new HashMap<>();
    private final Map<String, Long> inInbox = new HashMap<>();

    private KnownLinks() {
    }

    public static KnownLinks of(Notebook notebook) {
        KnownLinks known = new KnownLinks();
        notebook.outline().preorder().forEach(n -> known.add(n));
        known.replaceResources(notebook.resources());
        known.learn(notebook.inbox());
        return known;
    }

    /**
     * A node was stored, changed or removed ({@code before} or {@code after} null when it did not or no longer
     * exists). Returns the keys whose answer may have changed.
     */
    public Set<String> replace(Node before, Node after) {
        Set<String> changed = new HashSet<>();
        if (before != null) {
            changed.addAll(remove(before.id()));
        }
        if (after != null) {
            changed.addAll(add(after));
        }
        return changed;
    }

    /** The notebook's resources are now {@code now}. Returns the keys whose answer may have changed. */
    public Set<String> replaceResources(List<Resource> now) {
        Set<String> changed = new HashSet<>();
        Map<Long, Resource> next = new HashMap<>();
        now.forEach(r -> next.put(r.id(), r));
        for (Resource was : List.copyOf(resources.values())) {
            if (!was.equals(next.get(was.id()))) {
                resources.remove(was.id());
                keyOf(was).ifPresent(key -> {
                    drop(inResources, key, was.id());
                    changed.add(key);
                });
            }
        }
        for (Resource r : now) {
            if (!resources.containsKey(r.id())) {
                resources.put(r.id(), r);
                keyOf(r).ifPresent(key -> {
                    inResources.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.id(), "resource #" + r.id()
                            + (r.nodeId() > 0 ? " on #" + r.nodeId() : ""));
                    changed.add(key);
                });
            }
        }
        return changed;
    }

    /** Inbox entries were clipped: their links are in the inbox from now on (entries are never deleted). */
    public void learn(List<InboxEntry> entries) {
        for (InboxEntry e : entries) {
            e.urls().forEach(url -> inInbox.putIfAbsent(CleanUrl.key(url), e.id()));
        }
    }

    /** Where the plan already has one of the entry's links ("item #12 “Remix”"), if it does. */
    public Optional<String> where(InboxEntry entry) {
        return entry.urls().stream().map(u -> first(CleanUrl.key(u))).filter(w -> w != null).findFirst();
    }

    /** The id of an inbox entry that already has one of the entry's links, if one does. */
    public Optional<Long> inInbox(InboxEntry entry) {
        return entry.urls().stream().map(u -> inInbox.get(CleanUrl.key(u))).filter(id -> id != null).findFirst();
    }

    /** The ids of the inbox entries holding one of {@code keys}, for a view to show what changed about them. */
    public Set<Long> entriesWith(Set<String> keys) {
        Set<Long> ids = new HashSet<>();
        keys.forEach(key -> {
            Long id = inInbox.get(key);
            if (id != null) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The clipped entries the inbox does not hold yet, by link. */
    public List<InboxEntry> fresh(List<InboxEntry> clipped) {
        return clipped.stream().filter(e -> inInbox(e).isEmpty()).toList();
    }

    private String first(String key) {
        Map<Long, String> nodes = inNodes.get(key);
        if (nodes != null) {
            return nodes.values().iterator().next();
        }
        Map<Long, String> held = inResources.get(key);
        return held == null ? null : held.values().iterator().next();
    }

    private Set<String> add(Node n) {
        String where = (n.kind() == NodeKind.PAGE ? "page" : label(n)) + " #" + n.id() + " \u201c"
                + n.displayName() + "\u201d";
        Set<String> keys = new HashSet<>();
        if (n.link() != null && CleanUrl.isWebLink(n.link())) {
            keys.add(CleanUrl.key(n.link()));
        }
        Matcher m = LINK.matcher(n.name() + "\n" + n.notes());
        while (m.find()) {
            keys.add(CleanUrl.key(m.group()));
        }
        if (!keys.isEmpty()) {
            keysOfNode.put(n.id(), keys);
            keys.forEach(key -> inNodes.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(n.id(), where));
        }
        return keys;
    }

    private Set<String> remove(long nodeId) {
        Set<String> keys = keysOfNode.remove(nodeId);
        if (keys == null) {
            return Set.of();
        }
        keys.forEach(key -> drop(inNodes, key, nodeId));
        return keys;
    }

    private static void drop(Map<String, Map<Long, String>> index, String key, long id) {
        Map<Long, String> holders = index.get(key);
        if (holders != null) {
            holders.remove(id);
            if (holders.isEmpty()) {
                index.remove(key);
            }
        }
    }

    private static Optional<String> keyOf(Resource r) {
        return CleanUrl.isWebLink(r.url()) ? Optional.of(CleanUrl.key(r.url())) : Optional.empty();
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
