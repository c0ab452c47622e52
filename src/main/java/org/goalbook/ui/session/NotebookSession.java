package org.goalbook.ui.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.goalbook.history.Backup;
import org.goalbook.history.Backups;
import org.goalbook.markdown.NotebookProperties;
import org.goalbook.markdown.PageTasks;
import org.goalbook.model.Change;
import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;
import org.goalbook.model.Resource;
import org.goalbook.model.Node;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Outline;
import org.goalbook.model.SearchHit;
import org.goalbook.store.NotebookStore;
import org.goalbook.sync.LinkedJournal;
import org.goalbook.sync.NotebookUpdates;

/**
 * One open notebook as the window sees it: the current outline, edits that are stored at once, and undo/redo.
 * Notes typed in the editor are stored too but are not undo steps of the tree: the text area has its own undo.
 * They are written by a thread of the session's own; every other use of the store writes what is still pending first
 * (docs/decisions/notes-saved-off-the-fx-thread.md).
 */
public final class NotebookSession implements AutoCloseable {
    /** Past this many touched nodes (a big paste or delete) reading the whole outline is cheaper than each node. */
    private static final int REREAD_ABOVE = 2000;

    private final NotebookStore store;
    private final EditHistory history = new EditHistory();
    /**
     * For an undo or redo step that itself changed notes (a page's task ticked in the tree): the notes the step
     * found, by node. Only when a node's notes are still those does the step write its own back (see
     * {@link #keepCurrentNotes}). Keyed by the step's changes, which are values.
     */
    private final Map<List<Change>, Map<Long, String>> ownNotes = new HashMap<>();
    private final ReadOnlyObjectWrapper<Outline> outline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<InboxEntry>> inbox = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Resource>> resources = new ReadOnlyObjectWrapper<>();
    private final List<Consumer<OutlineChange>> listeners = new ArrayList<>();
    private final Backups backups;
    private final NotesWriter notes;
    private volatile Consumer<String> backupProblems = problem -> { };
    private LinkedJournal journal;
    private boolean closed;

    public NotebookSession(NotebookStore store) {
        this(store, Clock.systemDefaultZone());
    }

    /** A session whose backups are dated by {@code clock}. */
    public NotebookSession(NotebookStore store, Clock clock) {
        this.store = store;
        // A backup that fails never stops the change; the window is told (see onBackupProblem).
        this.backups = Backups.keep(store, clock, problem -> backupProblems.accept(problem));
        this.notes = new NotesWriter(store);
        outline.set(store.outline());
        inbox.set(store.inbox());
        resources.set(store.resources());
    }

    /** Every resource, attached or not; a new list after every attach, its undo and redo, and every import. */
    public ReadOnlyObjectProperty<List<Resource>> resourcesProperty() {
        return resources.getReadOnlyProperty();
    }

    /** Every inbox entry, whatever its status; a new list after every clip and every triage, its undo and redo. */
    public ReadOnlyObjectProperty<List<InboxEntry>> inboxProperty() {
        return inbox.getReadOnlyProperty();
    }

    /** Adds clipped entries to the inbox (not an undo step: the entries stay, triage is what is undone). */
    public List<InboxEntry> addToInbox(List<InboxEntry> entries) {
        storeTyping();
        List<InboxEntry> added = store.addToInbox(entries);
        if (!added.isEmpty()) {
            List<InboxEntry> all = new ArrayList<>(inbox.get());
            all.addAll(added);
            // The store lists entries oldest (lowest id) first; a restored backup may bring lower ids than ours.
            if (!inbox.get().isEmpty() && added.get(0).id() < inbox.get().get(inbox.get().size() - 1).id()) {
                all.sort(Comparator.comparingLong(InboxEntry::id));
            }
            inbox.set(List.copyOf(all));
        }
        return added;
    }

    /** Opens the notebook file, creating it when missing; see {@link NotebookStore#open}. */
    public static NotebookSession open(Path file) {
        return new NotebookSession(NotebookStore.open(file));
    }

    /** Opens the notebook file with backups dated by {@code clock}. */
    public static NotebookSession open(Path file, Clock clock) {
        return new NotebookSession(NotebookStore.open(file), clock);
    }

    /** Where a backup that could not be made is told, one line each; possibly on a background thread. */
    public void onBackupProblem(Consumer<String> problems) {
        backupProblems = problems;
    }

    /** The folder beside the notebook that holds its backups. */
    public Path backupsFolder() {
        return backups.folder();
    }

    /** The notebook's backups, newest first. */
    public List<Backup> backups() {
        return backups.list();
    }

    /**
     * Replaces the notebook by a backup, after backing up the notebook as it is; not an undo step (restoring the
     * returned backup undoes it), so the history starts afresh.
     *
     * @return the backup that holds the notebook as it was
     * @throws org.goalbook.store.NotebookException when the backup is refused; the notebook is unchanged then
     */
    public Backup restore(Path backup) {
        storeTyping();
        Backup before = backups.restore(store, backup);
        reloaded();
        return before;
    }

    public Path path() {
        return store.path();
    }

    /** What the user should be told about the opening; see {@link NotebookStore#notices()}. */
    public List<String> notices() {
        return store.notices();
    }

    public Outline outline() {
        return outline.get();
    }

    /** The outline after the latest change; a new snapshot after every change. */
    public ReadOnlyObjectProperty<Outline> outlineProperty() {
        return outline.getReadOnlyProperty();
    }

    /** Tells {@code listener} what each stored change did, after the outline property has the new outline. */
    public void addChangeListener(Consumer<OutlineChange> listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Consumer<OutlineChange> listener) {
        listeners.remove(listener);
    }

    /**
     * Plans an edit against the current outline, stores it and makes it undoable.
     *
     * @return the ids of nodes the edit created, parents before children (empty for most edits)
     * @throws org.goalbook.model.EditRefused when the plan refuses the edit; nothing is changed then
     */
    public List<Long> edit(Function<Outline, List<Change>> plan) {
        List<Change> changes = plan.apply(outline());
        if (changes.isEmpty()) {
            return List.of();
        }
        storeTyping();
        Map<Long, String> wrote = notesWritten(outline(), changes);
        List<Change> inverse = store.apply(changes);
        history.done(inverse);
        if (!wrote.isEmpty()) {
            ownNotes.put(List.copyOf(inverse), wrote);
        }
        return stored(OutlineChange.Kind.EDIT, changes, inverse);
    }

    /**
     * Like {@link #edit}, but the edit becomes part of the latest undo step instead of a step of its own: the name
     * typed for a line just added is undone together with the line.
     */
    public List<Long> editJoiningLatest(Function<Outline, List<Change>> plan) {
        List<Change> changes = plan.apply(outline());
        if (changes.isEmpty()) {
            return List.of();
        }
        storeTyping();
        List<Change> inverse = store.apply(changes);
        history.joinLatest(inverse);
        return stored(OutlineChange.Kind.EDIT, changes, inverse);
    }

    /**
     * Stores a node's notes; not an undo step. Does nothing when the node is gone or the text is unchanged. The
     * outline has the text at once; the write itself happens on the session's writer thread, unless the notes move
     * nodes (an item leaving its comma list), which is stored here and now. A write that fails there is told to
     * {@link #onNotesNotStored} and tried again with the next save or use of the store.
     *
     * @throws org.goalbook.store.NotebookException when a write here fails
     */
    public void saveNotes(long id, String text) {
        retryFailed();
        Optional<Node> now = outline().find(id);
        if (now.isEmpty()) {
            return;
        }
        List<Change> changes = OutlineEdits.setNotes(outline(), id, text);
        if (changes.isEmpty()) {
            return;
        }
        if (changes.size() == 1 && changes.get(0) instanceof Change.Put put && onlyText(now.get(), put.node())) {
            notes.save(id, changes);
            Outline before = outline();
            outline.set(before.with(List.of(put.node()), List.of()));
            fire(new OutlineChange(OutlineChange.Kind.NOTES, before, outline(), Set.of(id)));
        } else {
            storeTyping();
            stored(OutlineChange.Kind.NOTES, changes, store.apply(changes));
        }
    }

    /** The node is where it was: only its text (and a page's name, its first line) differ. */
    private static boolean onlyText(Node was, Node is) {
        return is.id() == was.id() && is.parentId() == was.parentId() && is.position() == was.position()
                && is.inline() == was.inline() && is.kind() == was.kind();
    }

    /**
     * Where a write of typed notes that failed is told, on the thread that tried it (often not the FX thread). The
     * outline keeps the text; it is written again with the next save of notes or use of the store.
     */
    public void onNotesNotStored(Consumer<org.goalbook.store.NotebookException> problems) {
        notes.onProblem(problems);
    }

    /** Hands the notes whose write failed to the writer thread again (the window does at a change of node). */
    public void retryNotesNotStored() {
        retryFailed();
    }

    /** Writes here and now the notes still waiting for the writer thread, and those whose write failed. */
    private void storeTyping() {
        retryFailed();
        notes.writeNow();
    }

    /** Hands the nodes whose write failed to the writer again, with their text as the outline has it now. */
    private void retryFailed() {
        if (closed) {
            return;
        }
        for (long id : notes.takeFailed()) {
            outline().find(id).ifPresent(n -> notes.save(id, List.of(new Change.Put(n))));
        }
    }

    /**
     * Undoes the latest edit; when the store refuses, the entry stays so nothing is lost.
     *
     * @return the ids of nodes it brought back; empty when there was nothing to undo
     */
    public List<Long> undo() {
        List<Change> entry = history.nextUndo();
        if (entry == null) {
            return List.of();
        }
        storeTyping();
        Map<Long, String> own = ownNotes.remove(entry);
        List<Change> applied = keepCurrentNotes(entry, own);
        Map<Long, String> wrote = notesWritten(outline(), applied);
        List<Change> inverse = store.apply(applied);
        history.undone(inverse);
        if (own != null && !wrote.isEmpty()) {
            ownNotes.put(List.copyOf(inverse), wrote);
        }
        return stored(OutlineChange.Kind.EDIT, applied, inverse);
    }

    public List<Long> redo() {
        List<Change> entry = history.nextRedo();
        if (entry == null) {
            return List.of();
        }
        storeTyping();
        Map<Long, String> own = ownNotes.remove(entry);
        List<Change> applied = keepCurrentNotes(entry, own);
        Map<Long, String> wrote = notesWritten(outline(), applied);
        List<Change> inverse = store.apply(applied);
        history.redone(inverse);
        if (own != null && !wrote.isEmpty()) {
            ownNotes.put(List.copyOf(inverse), wrote);
        }
        return stored(OutlineChange.Kind.EDIT, applied, inverse);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** Replaces the whole notebook (import); this cannot be undone, so the history starts afresh. */
    public void replaceAll(Notebook notebook) {
        storeTyping();
        store.replaceAll(notebook);
        reloaded();
    }

    /** After the whole notebook changed: everything read again, the history started afresh. */
    private void reloaded() {
        notes.takeFailed(); // what failed was typed into the notebook that is now replaced
        history.clear();
        ownNotes.clear();
        Outline before = outline();
        outline.set(store.outline());
        resources.set(store.resources());
        inbox.set(store.inbox());
        fire(new OutlineChange(OutlineChange.Kind.REPLACED, before, outline(), Set.of()));
    }

    public Notebook notebook() {
        storeTyping();
        return store.notebook();
    }

    /** Notes the journal file just imported, so that an export suggests writing back to it. */
    public void rememberImport(Path journal) {
        storeTyping();
        store.putSettings(java.util.Map.of(NotebookStore.IMPORTED_FROM, journal.toAbsolutePath().normalize().toString()));
    }

    /** The journal file the notebook was last imported from, if any. */
    public Optional<Path> importedFrom() {
        storeTyping();
        return store.setting(NotebookStore.IMPORTED_FROM).filter(s -> !s.isBlank()).map(Path::of);
    }

    /** Nodes and pages' task items whose text holds every word of {@code text}; a task right after its page. */
    /**
     * The notebook's link to a journal file; what it reads from the file reaches the notebook through this session,
     * as one undoable edit that updates the tree in place.
     */
    public LinkedJournal journal() {
        // It reads and writes the store itself: whatever it does must see what was typed.
        storeTyping();
        if (journal == null) {
            journal = new LinkedJournal(store, new NotebookUpdates() {
                @Override
                public void apply(List<Change> changes) {
                    edit(outline -> changes);
                }

                @Override
                public void replaceAll(Notebook notebook) {
                    NotebookSession.this.replaceAll(notebook);
                }
            });
        }
        return journal;
    }

    /**
     * Runs {@code listener} after every stored change, notes and settings included, on the thread that wrote: typed
     * notes are written on the session's writer thread, so a listener that touches JavaFX posts to the FX thread.
     */
    public void afterEachWrite(Runnable listener) {
        store.afterEachWrite(listener);
    }

    public void removeAfterEachWrite(Runnable listener) {
        store.removeAfterEachWrite(listener);
    }

    /** Runs {@code last} as the notebook closes, while it can still be read and written. */
    public void beforeClose(Runnable last) {
        store.beforeClose(last);
    }

    public List<SearchHit> search(String text) {
        storeTyping();
        return store.search(text, 500, PageTasks::texts);
    }

    /** The notebook's properties (its front matter) as stored now; a merge from the linked journal may change them. */
    public NotebookMeta properties() {
        storeTyping();
        return store.meta();
    }

    /**
     * Stores one property at once, its front matter line rewritten in the journal's style; not an undo step.
     *
     * @throws org.goalbook.model.EditRefused for a value the front matter cannot hold; nothing is stored then
     */
    public NotebookMeta setProperty(String key, String value) {
        storeTyping();
        NotebookMeta before = store.meta();
        NotebookMeta after = NotebookProperties.with(before, key, value);
        if (!after.equals(before)) {
            store.setMeta(after);
        }
        return after;
    }

    /** Where the properties hold every word of {@code text}, as {@link NotebookProperties#match} says. */
    public Optional<String> propertiesMatch(String text) {
        storeTyping();
        return NotebookProperties.match(store.meta(), text);
    }

    /** Closes the notebook once every typed note is written (or its failure told). */
    @Override
    public void close() {
        try {
            if (!closed) {
                retryFailed();
                notes.close();
            }
        } finally {
            // From here on nothing is handed to the writer: the store's closing hooks may still read and write.
            closed = true;
            store.close();
        }
    }

    /**
     * An undo entry holds whole nodes as they were, notes included; but notes are saved outside the history, so a
     * node that still exists keeps the notes it has now. Without this, undoing a tick would throw away typing. A
     * step that changed notes itself ({@code own}: the notes it left) writes its notes back while they are still
     * the ones it left; once the user typed over them, the typing wins.
     */
    private List<Change> keepCurrentNotes(List<Change> entry, Map<Long, String> own) {
        if (entry.stream().anyMatch(Change.SetStatus.class::isInstance)) {
            return entry; // a triage's notes are part of the action ("Later" adds a line to a page): undo takes them back
        }
        List<Change> out = new ArrayList<>(entry.size());
        for (Change c : entry) {
            if (c instanceof Change.Put put && outline().find(put.node().id()).isPresent()) {
                Node now = outline().get(put.node().id());
                if (own != null && now.notes().equals(own.get(now.id()))) {
                    out.add(c);
                    continue;
                }
                out.add(new Change.Put(put.node().withNotes(now.notes())));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** The notes {@code changes} give nodes that exist and had other notes, by node. */
    private static Map<Long, String> notesWritten(Outline before, List<Change> changes) {
        Map<Long, String> wrote = new HashMap<>();
        for (Change c : changes) {
            if (c instanceof Change.Put put) {
                before.find(put.node().id()).filter(n -> !n.notes().equals(put.node().notes()))
                        .ifPresent(n -> wrote.put(n.id(), put.node().notes()));
            }
        }
        return wrote;
    }

    /**
     * Brings the outline up to date after {@code changes} were stored: only the nodes they touched are read back
     * from the store (the inverse names each one by its real id), so an edit costs the same in a notebook of any
     * size. Returns the ids of nodes created, in document order.
     */
    private List<Long> stored(OutlineChange.Kind kind, List<Change> changes, List<Change> inverse) {
        if (changes.stream().anyMatch(Change.SetStatus.class::isInstance)) {
            inbox.set(withStatuses(inbox.get(), changes));
        }
        if (changes.stream().anyMatch(c -> c instanceof Change.PutResource || c instanceof Change.RemoveResource)) {
            resources.set(store.resources());
        }
        Set<Long> touched = new HashSet<>();
        for (Change c : inverse) {
            nodeId(c).ifPresent(touched::add);
        }
        for (Change c : changes) {
            nodeId(c).filter(id -> id > 0).ifPresent(touched::add);
        }
        Outline before = outline();
        Outline after;
        if (touched.isEmpty()) {
            after = before; // an inbox status or a resource: the outline is as it was (no copy of its maps)
        } else if (touched.size() > REREAD_ABOVE) {
            after = store.outline();
        } else {
            List<Node> put = new ArrayList<>();
            List<Long> removed = new ArrayList<>();
            for (long id : touched) {
                store.find(id).ifPresentOrElse(put::add, () -> removed.add(id));
            }
            after = before.with(put, removed);
        }
        outline.set(after);
        List<Node> created = new ArrayList<>();
        for (long id : touched) {
            if (before.find(id).isEmpty()) {
                after.find(id).ifPresent(created::add);
            }
        }
        created.sort(Comparator.comparing(n -> place(after, n), NotebookSession::compare));
        fire(new OutlineChange(kind, before, after, touched));
        return created.stream().map(Node::id).toList();
    }

    /**
     * The inbox after {@code changes} set statuses: the same list with only those entries replaced, so an action
     * costs the same in an inbox of any size (reading 10,000 entries back took most of a triage) and a view can
     * tell the entries that changed by identity.
     */
    private static List<InboxEntry> withStatuses(List<InboxEntry> all, List<Change> changes) {
        Map<Long, InboxStatus> set = new HashMap<>();
        for (Change c : changes) {
            if (c instanceof Change.SetStatus status) {
                set.put(status.entryId(), status.status());
            }
        }
        List<InboxEntry> out = new ArrayList<>(all.size());
        for (InboxEntry e : all) {
            InboxStatus now = set.get(e.id());
            out.add(now == null || now == e.status() ? e : e.withStatus(now));
        }
        return List.copyOf(out);
    }

    /** The node a change puts or removes; inbox statuses and resources touch no node of the outline. */
    private static Optional<Long> nodeId(Change c) {
        if (c instanceof Change.Put put) {
            return Optional.of(put.node().id());
        }
        return c instanceof Change.Remove remove ? Optional.of(remove.id()) : Optional.empty();
    }

    private void fire(OutlineChange change) {
        for (Consumer<OutlineChange> l : List.copyOf(listeners)) {
            l.accept(change);
        }
    }

    /** The positions on the way from the top to a node: ordering by them is document order. */
    private static List<Integer> place(Outline outline, Node node) {
        List<Integer> path = new ArrayList<>();
        for (Node n = node; n != null; n = outline.parent(n).orElse(null)) {
            path.add(0, n.position());
        }
        return path;
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
