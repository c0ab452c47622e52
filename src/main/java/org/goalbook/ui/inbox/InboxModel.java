package org.goalbook.ui.inbox;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.goalbook.clip.Clipping;
import org.goalbook.clip.KnownLinks;
import org.goalbook.clip.Triage;
import org.goalbook.model.Change;
import org.goalbook.model.EditRefused;
import org.goalbook.model.InboxEntry;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.model.Resource;
import org.goalbook.ui.session.NotebookSession;
import org.goalbook.ui.session.OutlineChange;

/**
 * What the inbox view shows and does, without JavaFX controls: the new entries filtered by source and section, the
 * areas/topics and items to send them to, and the four triages, each one undoable action of the session. Once
 * {@link #reload loaded}, it follows the session change by change instead of reading the notebook again.
 */
public final class InboxModel {
    /** The filter value meaning "any source" / "any section". */
    public static final String ALL = "All";

    private final Supplier<NotebookSession> session;
    private final StringProperty source = new SimpleStringProperty(ALL);
    private final StringProperty section = new SimpleStringProperty(ALL);
    private final NewEntries entries = new NewEntries(source, section);
    private final FilteredList<InboxEntry> shown = new FilteredList<>(entries.list());
    private final StringBinding count = Bindings.createStringBinding(this::countText, shown, entries.list());
    private final ObservableList<Node> homes = FXCollections.observableArrayList();
    private final ObservableList<Node> items = FXCollections.observableArrayList();
    /** The area or topic Explore puts items under; the last choice is kept. */
    private final ObjectProperty<Node> home = new SimpleObjectProperty<>();
    private final ObjectProperty<Node> attachTo = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<InboxEntry>> putBack = new ReadOnlyObjectWrapper<>(List.of());
    private final ChangeListener<List<InboxEntry>> inboxChanged = (obs, was, is) -> inboxChanged(was, is);
    private final ChangeListener<List<Resource>> resourcesChanged = (obs, was, is) -> resourcesChanged(is);
    private final Consumer<OutlineChange> outlineChanged = this::outlineChanged;
    /** The session whose changes this model follows; null before the first reload. */
    private NotebookSession followed;
    /** Where the plan has each link; made on first use, then kept current. */
    private KnownLinks known;
    /** The outline changed since {@link #homes} and {@link #items} were listed. */
    private boolean choicesStale = true;

    public InboxModel(Supplier<NotebookSession> session) {
        this.session = session;
        source.addListener((obs, was, is) -> filter());
        section.addListener((obs, was, is) -> filter());
    }

    /** Reads the session's inbox afresh (the first time, or another notebook) and follows its changes from now on. */
    public void reload() {
        NotebookSession s = session.get();
        follow(s);
        known = null;
        choicesStale = true;
        entries.setAll(s == null ? List.of() : s.inboxProperty().get());
        Outline outline = s == null ? new Outline(List.of()) : s.outline();
        home.set(sameNode(outline, home.get()));
        attachTo.set(sameNode(outline, attachTo.get()));
        filter();
    }

    /** Lists the areas/topics and items to choose from, when the outline changed since they were (a list opens). */
    public void refreshChoices() {
        NotebookSession s = session.get();
        if (!choicesStale || s == null) {
            return;
        }
        List<Node> preorder = s.outline().preorder();
        homes.setAll(preorder.stream().filter(n -> n.kind() == NodeKind.AREA || n.kind() == NodeKind.TOPIC).toList());
        items.setAll(preorder.stream().filter(n -> n.kind() == NodeKind.ITEM || n.kind() == NodeKind.GOAL).toList());
        choicesStale = false;
    }

    /** Adds a clipping's entries that the inbox does not hold yet; says how many. */
    public String clip(Clipping clipping) {
        NotebookSession s = session.get();
        if (s != followed) {
            reload();
        }
        List<InboxEntry> added = s.addToInbox(knownLinks().fresh(clipping.entries()));
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

    /** Where the plan already has the entry's link, or null. */
    public String known(InboxEntry entry) {
        Objects.requireNonNull(entry);
        return session.get() == null ? null : knownLinks().where(entry).orElse(null);
    }

    private void triage(List<InboxEntry> chosen, BiFunction<Outline, InboxEntry, List<Change>> plan, String done) {
        NotebookSession s = session.get();
        if (s == null || chosen.isEmpty()) {
            return;
        }
        if (s != followed) {
            reload();
        }
        List<InboxEntry> copy = List.copyOf(chosen);
        try {
            // The session's inbox and outline properties tell this model what changed (see inboxChanged).
            s.edit(outline -> Triage.all(outline, copy, plan));
            message.set(done + ": " + copy.size() + (copy.size() == 1 ? " entry." : " entries.") + " Undo: Ctrl+Z");
        } catch (EditRefused e) {
            message.set(e.getMessage());
        }
    }

    private void follow(NotebookSession s) {
        if (s == followed) {
            return;
        }
        if (followed != null) {
            followed.inboxProperty().removeListener(inboxChanged);
            followed.resourcesProperty().removeListener(resourcesChanged);
            followed.removeChangeListener(outlineChanged);
        }
        followed = s;
        if (s != null) {
            s.inboxProperty().addListener(inboxChanged);
            s.resourcesProperty().addListener(resourcesChanged);
            s.addChangeListener(outlineChanged);
        }
    }

    private void inboxChanged(List<InboxEntry> was, List<InboxEntry> is) {
        List<InboxEntry> back = entries.follow(was, is);
        if (known != null && is.size() > was.size()) {
            known.learn(is); // entries are only ever added (a clip), and learning one again changes nothing
        }
        if (!back.isEmpty()) {
            putBack.set(back);
            putBack.set(List.of()); // the next undo of the same entries must tell the view again
        }
    }

    private void outlineChanged(OutlineChange change) {
        if (change.kind() == OutlineChange.Kind.REPLACED) {
            reload();
            return;
        }
        if (known != null) {
            Set<String> keys = new HashSet<>();
            for (long id : change.touched()) {
                keys.addAll(known.replace(change.before().find(id).orElse(null), change.after().find(id).orElse(null)));
            }
            entries.redraw(known.entriesWith(keys));
        }
        if (change.kind() == OutlineChange.Kind.EDIT) {
            choicesStale = true;
            if (home.get() != null && change.touched().contains(home.get().id())) {
                home.set(sameNode(change.after(), home.get()));
            }
            if (attachTo.get() != null && change.touched().contains(attachTo.get().id())) {
                attachTo.set(sameNode(change.after(), attachTo.get()));
            }
        }
    }

    private void resourcesChanged(List<Resource> now) {
        if (known != null) {
            entries.redraw(known.entriesWith(known.replaceResources(now)));
        }
    }

    /** Made from what the session holds in memory: reading the notebook from the store cost most of a triage. */
    private KnownLinks knownLinks() {
        if (known == null) {
            NotebookSession s = session.get();
            known = KnownLinks.of(new Notebook(null, s.outline(), s.resourcesProperty().get(),
                    s.inboxProperty().get()));
        }
        return known;
    }

    private void filter() {
        String src = source.get();
        String sec = section.get();
        shown.setPredicate(ALL.equals(src) && ALL.equals(sec) ? null : e -> (ALL.equals(src)
                || e.source().equals(src)) && (ALL.equals(sec) || e.section().equals(sec)));
    }

    private String countText() {
        int all = entries.list().size();
        String total = String.format("%,d new", all);
        return shown.size() == all ? total : String.format("%,d of ", shown.size()) + total;
    }

    private static Node sameNode(Outline outline, Node was) {
        return was == null ? null : outline.find(was.id()).orElse(null);
    }

    public ObservableList<InboxEntry> shown() {
        return shown;
    }

    public ObservableList<String> sources() {
        return entries.sources();
    }

    public ObservableList<String> sections() {
        return entries.sections();
    }

    /** The areas and topics Explore can put an entry under; current after {@link #refreshChoices}. */
    public ObservableList<Node> homes() {
        return homes;
    }

    /** The items and goals Attach can keep an entry on; current after {@link #refreshChoices}. */
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

    /** "10,000 new", or "3,334 of 10,000 new" while a filter hides some. */
    public StringBinding count() {
        return count;
    }

    /** The entries an undo just put back among the new ones (set, then emptied again), for the view to select. */
    public ReadOnlyObjectProperty<List<InboxEntry>> putBack() {
        return putBack.getReadOnlyProperty();
    }
}
