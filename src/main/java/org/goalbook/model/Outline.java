package org.goalbook.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A notebook's nodes as a tree in the user's order: top-level pages and years, each with its children.
 * An immutable snapshot; build a new one after a change.
 */
public final class Outline {
    /** Shared in part with the outline this one was made from by {@link #with}; never changed once built. */
    private final IdMap<Node> byId;
    /** Each parent's children in order; the lists, like the maps, are never changed once built. */
    private final IdMap<List<Node>> children;
    /**
     * One token per top-level node, replaced whenever anything in its branch changes: views derived from one
     * branch (a year's items) can tell in O(1) that an outline made by {@link #with} left the branch alone.
     */
    private final Map<Long, Object> branchTokens = new HashMap<>();

    private Outline(IdMap<Node> byId, IdMap<List<Node>> children) {
        this.byId = byId;
        this.children = children;
    }

    /** Builds the tree from nodes in any order; siblings are sorted by position. Ids must be unique and non-zero. */
    public Outline(List<Node> nodes) {
        byId = IdMap.sizedFor(nodes.size());
        Map<Long, List<Node>> kids = new HashMap<>();
        for (Node n : nodes) {
            if (n.id() == 0) {
                throw new IllegalArgumentException("node without id: " + n.name());
            }
            if (byId.put(n.id(), n) != null) {
                throw new IllegalArgumentException("duplicate node id " + n.id());
            }
            kids.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
        }
        kids.values().forEach(list -> list.sort(ORDER));
        children = IdMap.of(kids);
        for (Node root : children(0)) {
            branchTokens.put(root.id(), new Object());
        }
    }

    private static final Comparator<Node> ORDER = Comparator.comparingInt(Node::position).thenComparingLong(Node::id);

    /**
     * This outline with some nodes stored anew (inserted or replaced) and others gone, built without touching the
     * sibling lists and the parts of its maps the change leaves alone: after one edit on a large notebook this costs
     * about as much as on a small one.
     */
    public Outline with(java.util.Collection<Node> put, java.util.Collection<Long> removed) {
        Outline o = new Outline(byId.copy(), children.copy());
        java.util.Set<Long> parents = new java.util.HashSet<>();
        java.util.Set<Long> putIds = new java.util.HashSet<>();
        java.util.Set<Long> branches = new java.util.HashSet<>();
        for (long id : removed) {
            branches.add(topOf(id));
        }
        for (Node n : put) {
            branches.add(topOf(n.id()));
        }
        for (long id : removed) {
            Node gone = o.byId.remove(id);
            if (gone != null) {
                parents.add(gone.parentId());
            }
        }
        for (Node n : put) {
            if (n.id() == 0) {
                throw new IllegalArgumentException("node without id: " + n.name());
            }
            putIds.add(n.id());
            Node was = o.byId.put(n.id(), n);
            if (was != null) {
                parents.add(was.parentId());
            }
            parents.add(n.parentId());
        }
        for (long parent : parents) {
            List<Node> kids = new ArrayList<>();
            for (Node k : children(parent)) {
                Node now = o.byId.get(k.id());
                if (now != null && now.parentId() == parent && !putIds.contains(k.id())) {
                    kids.add(now);
                }
            }
            for (Node n : put) {
                if (n.parentId() == parent) {
                    kids.add(n);
                }
            }
            kids.sort(ORDER);
            if (kids.isEmpty()) {
                o.children.remove(parent);
            } else {
                o.children.put(parent, kids);
            }
        }
        // The lists under nodes that are gone go with them (only this change can have made a parent go).
        for (long id : removed) {
            if (!o.byId.containsKey(id)) {
                o.children.remove(id);
            }
        }
        for (long parent : parents) {
            if (parent != 0 && !o.byId.containsKey(parent)) {
                o.children.remove(parent);
            }
        }
        for (Node n : put) {
            branches.add(o.topOf(n.id()));
        }
        for (Node root : o.children(0)) {
            Object token = branches.contains(root.id()) ? null : branchTokens.get(root.id());
            o.branchTokens.put(root.id(), token == null ? new Object() : token);
        }
        return o;
    }

    /** The id of the top-level node above (or at) a node; the id itself when the node is unknown. */
    private long topOf(long id) {
        long top = id;
        for (Node n = byId.get(id); n != null; n = byId.get(n.parentId())) {
            top = n.id();
        }
        return top;
    }

    /**
     * Whether the branch under top-level node {@code rootId} is the same in both outlines: true only when one was
     * made from the other by {@link #with} (directly or in steps) and no step touched a node of that branch.
     */
    public boolean sameBranch(Outline other, long rootId) {
        Object token = branchTokens.get(rootId);
        return token != null && token == other.branchTokens.get(rootId);
    }

    /** The top-level pages and years in document order. */
    public List<Node> roots() {
        return children(0);
    }

    /** The children of a node in the user's order (empty for a leaf); parent 0 gives the roots. */
    public List<Node> children(long parentId) {
        List<Node> kids = children.get(parentId);
        return kids == null ? List.of() : Collections.unmodifiableList(kids);
    }

    public Optional<Node> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Node get(long id) {
        Node n = byId.get(id);
        if (n == null) {
            throw new IllegalArgumentException("no node with id " + id);
        }
        return n;
    }

    public Optional<Node> parent(Node node) {
        return node.parentId() == 0 ? Optional.empty() : find(node.parentId());
    }

    public int size() {
        return byId.size();
    }

    /** Every node, parents before children, siblings in order: the journal's document order. */
    public List<Node> preorder() {
        List<Node> out = new ArrayList<>(byId.size());
        walk(0, out::add);
        return out;
    }

    /** The node and everything below it, in document order. */
    public List<Node> subtree(long id) {
        List<Node> out = new ArrayList<>();
        out.add(get(id));
        walk(id, out::add);
        return out;
    }

    /** Visits the descendants of {@code parentId} in document order without recursion (journals may nest deeply). */
    public void walk(long parentId, Consumer<Node> visitor) {
        ArrayList<Node> stack = new ArrayList<>();
        List<Node> top = children(parentId);
        for (int i = top.size() - 1; i >= 0; i--) {
            stack.add(top.get(i));
        }
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            visitor.accept(n);
            List<Node> kids = children(n.id());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(kids.get(i));
            }
        }
    }

    /** The nearest ancestor of the given kind, or empty. */
    public Optional<Node> ancestor(Node node, NodeKind kind) {
        Optional<Node> p = parent(node);
        while (p.isPresent() && p.get().kind() != kind) {
            p = parent(p.get());
        }
        return p;
    }

    /** An item's stance as read: its own, or for an item in a "Maintain: a, b" line without one, the line's. */
    public Stance stance(Node item) {
        if (item.stance() != null) {
            return item.stance();
        }
        return parent(item).filter(p -> p.kind() == NodeKind.STANCE_LINE).map(Node::stance).orElse(null);
    }

    /** Done and total tickable items below a node (the node itself excluded); skipped items are left out. */
    public Progress progress(long id) {
        int[] counts = new int[2];
        walk(id, n -> {
            if (n.kind().isTickable() && n.stance() != Stance.SKIP) {
                counts[1]++;
                if (n.done()) {
                    counts[0]++;
                }
            }
        });
        return new Progress(counts[0], counts[1]);
    }
}
