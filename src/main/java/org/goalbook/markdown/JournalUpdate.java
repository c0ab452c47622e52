package org.goalbook.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.goalbook.model.Change;
import org.goalbook.model.Node;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.model.Resource;
import org.goalbook.model.Source;

/**
 * The changes that bring a notebook to a journal's text read anew (the linked file edited elsewhere), keeping the ids
 * of the nodes that stay: a ticked item is the same node ticked, so the window keeps it selected and undo works.
 * Nodes are matched under matched parents by kind and name, then the rest of each kind in order (a renamed line).
 */
public final class JournalUpdate {
    private final Outline current;
    private final Outline target;
    private final Map<Long, Long> ids = new HashMap<>();
    private long nextId;

    private JournalUpdate(Outline current, Outline target, long unusedId) {
        this.current = current;
        this.target = target;
        this.nextId = unusedId;
    }

    /**
     * The changes, parents before children and removals last, as the store applies them in one transaction.
     *
     * @param unusedId the first id no node of the notebook ever had; new nodes get ids from it on, so that their
     *                 journal fingerprints name their real parents
     */
    public static List<Change> changes(Notebook current, Notebook target, long unusedId) {
        JournalUpdate update = new JournalUpdate(current.outline(), target.outline(), unusedId);
        update.match(0, 0);
        List<Change> out = new ArrayList<>(update.puts());
        out.addAll(update.resources(current.resources(), target.resources()));
        out.addAll(update.removals());
        return out;
    }

    private void match(long currentParent, long targetParent) {
        List<Node> mine = current.children(currentParent);
        List<Node> theirs = target.children(targetParent);
        Set<Long> taken = new HashSet<>();
        Map<Long, Long> pairs = new HashMap<>();
        for (Node t : theirs) {
            for (Node c : mine) {
                if (!taken.contains(c.id()) && c.kind() == t.kind() && c.name().equals(t.name())) {
                    taken.add(c.id());
                    pairs.put(t.id(), c.id());
                    break;
                }
            }
        }
        int from = 0;
        for (Node t : theirs) {
            if (pairs.containsKey(t.id())) {
                continue;
            }
            for (int i = from; i < mine.size(); i++) {
                Node c = mine.get(i);
                if (!taken.contains(c.id()) && c.kind() == t.kind()) {
                    taken.add(c.id());
                    pairs.put(t.id(), c.id());
                    from = i + 1;
                    break;
                }
            }
        }
        for (Node t : theirs) {
            Long c = pairs.get(t.id());
            if (c != null) {
                ids.put(t.id(), c);
                match(c, t.id());
            } else {
                target.subtree(t.id()).forEach(n -> ids.put(n.id(), nextId++));
            }
        }
    }

    private List<Change> puts() {
        List<Change> out = new ArrayList<>();
        for (Node t : target.preorder()) {
            long id = ids.get(t.id());
            long parent = t.parentId() == 0 ? 0 : ids.get(t.parentId());
            Node n = t.withId(id).withParent(parent, t.position());
            Source s = t.source();
            if (s != null) {
                n = n.withSource(new Source(s.lead(), s.tail(), Fingerprint.reparented(s.fingerprint(), parent)));
            }
            if (!n.equals(current.find(id).orElse(null))) {
                out.add(new Change.Put(n));
            }
        }
        return out;
    }

    /** The notebook's nodes the journal no longer has, each subtree once. */
    private List<Change> removals() {
        Set<Long> kept = new HashSet<>(ids.values());
        List<Change> out = new ArrayList<>();
        for (Node c : current.preorder()) {
            boolean parentKept = c.parentId() == 0 || kept.contains(c.parentId());
            if (!kept.contains(c.id()) && parentKept) {
                out.add(new Change.Remove(c.id()));
            }
        }
        return out;
    }

    /**
     * Links written in the journal (its Links lists) follow it; resources on no node are not in the journal and stay.
     */
    private List<Change> resources(List<Resource> mine, List<Resource> theirs) {
        List<Change> out = new ArrayList<>();
        List<Resource> unmatched = new ArrayList<>(mine.stream().filter(r -> r.nodeId() != 0).toList());
        for (Resource t : theirs) {
            long node = t.nodeId() == 0 ? 0 : ids.getOrDefault(t.nodeId(), 0L);
            Resource wanted = new Resource(0, t.title(), t.url(), t.summary(), t.origin(), node);
            Resource same = unmatched.stream().filter(r -> sameLink(r, wanted)).findFirst().orElse(null);
            if (same != null) {
                unmatched.remove(same);
            } else if (node != 0) {
                out.add(new Change.PutResource(wanted));
            }
        }
        Set<Long> kept = new HashSet<>(ids.values());
        for (Resource r : unmatched) {
            if (kept.contains(r.nodeId())) {
                out.add(new Change.RemoveResource(r.id()));
            }
        }
        return out;
    }

    private static boolean sameLink(Resource a, Resource b) {
        return a.nodeId() == b.nodeId() && Objects.equals(a.url(), b.url()) && Objects.equals(a.title(), b.title())
                && Objects.equals(a.summary(), b.summary());
    }
}
