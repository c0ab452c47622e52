package org.goalbook.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.goalbook.model.InboxEntry;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.model.Resource;
import org.goalbook.model.Source;

/**
 * Adds an imported notebook to an existing one: its years and pages go after the existing ones, with new ids, and
 * the existing nodes keep theirs. A year or page the notebook already has is a conflict, refused unless replacing.
 */
public final class JournalMerge {
    private JournalMerge() {
    }

    /** The years and pages of {@code imported} that {@code existing} already has, as the user would name them. */
    public static List<String> conflicts(Notebook existing, Notebook imported) {
        Set<String> have = new LinkedHashSet<>();
        existing.outline().roots().forEach(n -> have.add(key(n)));
        List<String> out = new ArrayList<>();
        for (Node n : imported.outline().roots()) {
            if (have.contains(key(n))) {
                out.add(n.kind() == NodeKind.YEAR ? "year " + n.name() : "page \"" + n.name() + "\"");
            }
        }
        return out;
    }

    /**
     * The merged notebook.
     *
     * @param replace when true, existing years and pages with the same names are dropped for the imported ones;
     *                when false, such conflicts are refused
     * @throws JournalException naming the conflicts when there are any and {@code replace} is false
     */
    public static Notebook merge(Notebook existing, Notebook imported, boolean replace) {
        List<String> conflicts = conflicts(existing, imported);
        if (!conflicts.isEmpty() && !replace) {
            String named = conflicts.size() <= 5 ? String.join(", ", conflicts)
                    : String.join(", ", conflicts.subList(0, 5)) + " and " + (conflicts.size() - 5) + " more";
            throw new JournalException("the notebook already has " + named
                    + "; nothing was imported (use --replace to replace them)");
        }
        Set<String> incoming = new LinkedHashSet<>();
        imported.outline().roots().forEach(n -> incoming.add(key(n)));
        List<Node> nodes = new ArrayList<>();
        long maxId = 0;
        int position = 0;
        for (Node root : existing.outline().roots()) {
            if (incoming.contains(key(root))) {
                continue;
            }
            List<Node> kept = existing.outline().subtree(root.id());
            kept.set(0, root.withParent(0, position++));
            nodes.addAll(kept);
        }
        for (Node n : existing.outline().preorder()) {
            maxId = Math.max(maxId, n.id());
        }
        Map<Long, Long> ids = new HashMap<>();
        ids.put(0L, 0L);
        long next = maxId + 1;
        for (Node n : imported.outline().preorder()) {
            ids.put(n.id(), next++);
        }
        for (Node n : imported.outline().preorder()) {
            long parent = ids.get(n.parentId());
            int pos = n.parentId() == 0 ? position++ : n.position();
            Node moved = n.withId(ids.get(n.id())).withParent(parent, pos);
            Source s = n.source();
            if (s != null) {
                moved = moved.withSource(new Source(s.lead(), s.tail(), Fingerprint.reparented(s.fingerprint(), parent)));
            }
            nodes.add(moved);
        }
        List<Resource> resources = kept(existing.resources(), nodes, imported.resources());
        for (Resource r : imported.resources()) {
            resources.add(new Resource(0, r.title(), r.url(), r.summary(), r.origin(),
                    r.nodeId() == 0 ? 0 : ids.getOrDefault(r.nodeId(), 0L)));
        }
        boolean keepMeta = !existing.meta().frontMatter().isEmpty() || !existing.outline().roots().isEmpty();
        return new Notebook(keepMeta ? existing.meta() : imported.meta(), new Outline(nodes), resources,
                inbox(existing, imported));
    }

    /**
     * The notebook's resources that survive the merge: those on nodes it keeps as they are; those on replaced nodes
     * are dropped when the journal brings the same link back, else kept unattached (their node is gone).
     */
    private static List<Resource> kept(List<Resource> existing, List<Node> nodes, List<Resource> incoming) {
        Set<Long> keptIds = new HashSet<>();
        nodes.forEach(n -> keptIds.add(n.id()));
        Set<String> comingBack = new HashSet<>();
        incoming.forEach(r -> comingBack.add(r.url()));
        List<Resource> out = new ArrayList<>();
        for (Resource r : existing) {
            if (r.nodeId() == 0 || keptIds.contains(r.nodeId())) {
                out.add(r);
            } else if (!comingBack.contains(r.url())) {
                out.add(new Resource(r.id(), r.title(), r.url(), r.summary(), r.origin(), 0));
            }
        }
        return out;
    }

    /** The notebook's inbox, then the imported one's entries (a backup's) whose links it does not hold yet. */
    private static List<InboxEntry> inbox(Notebook existing, Notebook imported) {
        Set<String> urls = new HashSet<>();
        existing.inbox().forEach(e -> urls.add(e.url()));
        List<InboxEntry> inbox = new ArrayList<>(existing.inbox());
        for (InboxEntry e : imported.inbox()) {
            if (urls.add(e.url())) {
                inbox.add(e.withId(0));
            }
        }
        return inbox;
    }

    private static String key(Node root) {
        return root.kind() + ":" + root.name();
    }
}
