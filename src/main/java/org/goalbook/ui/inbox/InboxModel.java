package org.goalbook.ui.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.goalbook.clip.Clipping;
import org.goalbook.clip.KnownLinks;
import org.goalbook.clip.Triage;
import org.goalbook.model.Change;
import org.goalbook.model.EditRefused;
import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.ui.session.NotebookSession;

/**
 * What the inbox view shows and does, without JavaFX controls: the new entries filtered by source and section, the
 * areas/topics and items to send them to, and the four triages, each one undoable action of the session.
 */
public final class InboxModel {
    /** The filter value meaning "any source" / "any section". */
    public static final String ALL = "All";

    private final Supplier<NotebookSession> session;
    private final ObservableList<InboxEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<InboxEntry> shown = new FilteredList<>(entries);
    private final ObservableList<String> sources = FXCollections.observableArrayList(ALL);
    private final ObservableList<String> sections = FXCollections.observableArrayList(ALL);
    private final ObservableList<Node> homes = FXCollections.observableArrayList();
    private final ObservableList<Node> items = FXCollections.observableArrayList();
    private final StringProperty source = new SimpleStringProperty(ALL);
    private final StringProperty section = new SimpleStringProperty(ALL);
    /** The area or topic Explore puts items under; the last choice is kept. */
    private final ObjectProperty<Node> home = new SimpleObjectProperty<>();
    private final ObjectProperty<Node> attachTo = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private Map<Long, String> known = Map.of();

    public InboxModel(Supplier<NotebookSession> session) {
        this.session = session;
        source.addListener((obs, was, is) -> filter());
        section.addListener((obs, was, is) -> filter());
    }

    /** Reads the session's inbox and outline again (after a clip, a triage, an undo, another notebook). */
    public void reload() {
        NotebookSession s = session.get();
        List<InboxEntry> all = s == null ? List.of() : s.inboxProperty().get();
        Outline outline = s == null ? new Outline(List.of()) : s.outline();
        List<InboxEntry> fresh = all.stream().filter(e -> e.status() == InboxStatus.NEW).toList();
        KnownLinks links = s == null ? null : KnownLinks.of(s.notebook());
        Map<Long, String> where = new HashMap<>();
        if (links != null) {
            fresh.forEach(e -> links.where(e).ifPresent(w -> where.put(e.id(), w)));
        }
        known = where;
        entries.setAll(fresh);
        keep(sources, fresh.stream().map(InboxEntry::source).toList(), source);
        keep(sections, fresh.stream().map(InboxEntry::section).filter(x -> !x.isEmpty()).toList(), section);
        homes.setAll(outline.preorder().stream()
                .filter(n -> n.kind() == NodeKind.AREA || n.kind() == NodeKind.TOPIC).toList());
        items.setAll(outline.preorder().stream().filter(n -> n.kind() == NodeKind.ITEM || n.kind() == NodeKind.GOAL)
                .toList());
        home.set(sameNode(homes, home.get()));
        attachTo.set(sameNode(items, attachTo.get()));
        filter();
    }

    /** Adds a clipping's entries that the inbox does not hold yet; says how many. */
    public String clip(Clipping clipping) {
        NotebookSession s = session.get();
        List<InboxEntry> fresh = KnownLinks.of(s.notebook()).fresh(clipping.entries());
        List<InboxEntry> added = s.addToInbox(fresh);
        reload();
        int already = clipping.entries().size() - added.size();
        String text = added.isEmpty() ? "Nothing new from " + clipping.source() + "."
                : "Clipped " + added.size() + (added.size() == 1 ? " entry" : " entries") + " from "
                        + clipping.source() + (already == 0 ? "." : " (" + already + " already in the inbox).");
        message.set(text);
        return text;
    }

    public void explore(List<InboxEntry> chosen) {
        Node under = home.get();
        if (under == null) {
            message.set("Choose an area or topic to explore under first.");
            return;
        }
        triage(chosen, (outline, e) -> Triage.explore(outline, e, under.id()), "Explore items added");
    }

    public void later(List<InboxEntry> chosen) {
        triage(chosen, Triage::later, "Added to \u201c" + Triage.FUTURE_RESEARCH + "\u201d");
    }

    public void attach(List<InboxEntry> chosen) {
        Node to = attachTo.get();
        if (to == null) {
            message.set("Choose an item to attach to first.");
            return;
        }
        triage(chosen, (outline, e) -> Triage.attach(outline, e, to.id()), "Attached to \u201c"
                + to.displayName() + "\u201d");
    }

    public void dismiss(List<InboxEntry> chosen) {
        triage(chosen, (outline, e) -> Triage.dismiss(e), "Dismissed");
    }

    /** Suggests where Explore should put the entry when no choice was made yet. */
    public void suggestHome(InboxEntry entry) {
        NotebookSession s = session.get();
        if (home.get() == null && s != null && entry != null) {
            Triage.likelyHome(s.outline(), entry).ifPresent(home::set);
        }
    }

    private void triage(List<InboxEntry> chosen, BiFunction<Outline, InboxEntry, List<Change>> plan, String done) {
        NotebookSession s = session.get();
        if (s == null || chosen.isEmpty()) {
            return;
        }
        List<InboxEntry> copy = List.copyOf(chosen);
        try {
            s.edit(outline -> Triage.all(outline, copy, plan));
            message.set(done + ": " + copy.size() + (copy.size() == 1 ? " entry." : " entries.") + " Undo: Ctrl+Z");
        } catch (EditRefused e) {
            message.set(e.getMessage());
        }
        reload();
    }

    private void filter() {
        String src = source.get();
        String sec = section.get();
        shown.setPredicate(e -> (ALL.equals(src) || e.source().equals(src)) && (ALL.equals(sec)
                || e.section().equals(sec)));
    }

    private static void keep(ObservableList<String> list, List<String> values, StringProperty chosen) {
        TreeSet<String> distinct = new TreeSet<>(values);
        List<String> next = new java.util.ArrayList<>(List.of(ALL));
        next.addAll(distinct);
        if (!list.equals(next)) {
            String was = chosen.get();
            list.setAll(next);
            chosen.set(next.contains(was) ? was : ALL);
        }
    }

    private static Node sameNode(List<Node> nodes, Node was) {
        return was == null ? null : nodes.stream().filter(n -> n.id() == was.id()).findFirst().orElse(null);
    }

    public ObservableList<InboxEntry> shown() {
        return shown;
    }

    public ObservableList<String> sources() {
        return sources;
    }

    public ObservableList<String> sections() {
        return sections;
    }

    public ObservableList<Node> homes() {
        return homes;
    }

    public ObservableList<Node> items() {
        return items;
    }

    public StringProperty source() {
        return source;
    }

    public StringProperty section() {
        return section;
    }

    public ObjectProperty<Node> home() {
        return home;
    }

    public ObjectProperty<Node> attachTo() {
        return attachTo;
    }

    public StringProperty message() {
        return message;
    }

    /** Where the plan already has the entry's link, or null. */
    public String known(InboxEntry entry) {
        return known.get(Objects.requireNonNull(entry).id());
    }
}
