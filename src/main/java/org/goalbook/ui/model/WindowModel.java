package org.goalbook.ui.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.goalbook.markdown.PageTasks;
import org.goalbook.model.Node;
import org.goalbook.model.Outline;
import org.goalbook.model.Resource;
import org.goalbook.model.SearchHit;
import org.goalbook.ui.session.NotebookSession;
import org.goalbook.ui.session.OutlineChange;

/**
 * What one window shows, as observable state with the commands that change it: the open notebook, the selected node,
 * the search, the view options and the notice in the status line. Views take it in their constructor, bind to its
 * read-only properties and call its methods; it knows no view. Plain JavaFX properties: usable without a toolkit.
 */
public final class WindowModel {
    /** Something the user asked for that a view has to do, such as moving the keyboard focus. */
    public enum Request {
        /** Keyboard focus to the goal tree. */
        FOCUS_TREE,
        /** Keyboard focus to the selected node's notes. */
        FOCUS_NOTES,
        /** Keyboard focus to the search field. */
        FOCUS_SEARCH,
        /** Select the next search match the tree shows. */
        NEXT_MATCH,
        /** Open find and replace inside the selected node's notes. */
        FIND_IN_NOTE
    }

    private final ViewOptions options;
    private final ReadOnlyObjectWrapper<NotebookSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Outline> outline = new ReadOnlyObjectWrapper<>(new Outline(List.of()));
    private final ReadOnlyObjectWrapper<Node> selected = new ReadOnlyObjectWrapper<>();
    private PageTasks.Task selectedPageTask;
    private final ReadOnlyObjectWrapper<List<Resource>> resources = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper searchText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper matchesShown = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper matchAt = new ReadOnlyIntegerWrapper();
    private final javafx.beans.property.ObjectProperty<Integer> searchYear =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Long> naming = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noticeIsWarning = new ReadOnlyBooleanWrapper();
    private final BooleanBinding notebookOpen = session.isNotNull();
    private final BooleanBinding nodeSelected = selected.isNotNull();
    private final List<Consumer<OutlineChange>> changeListeners = new ArrayList<>();
    private final List<Runnable> pendingWork = new ArrayList<>();
    private final List<Consumer<Request>> requestListeners = new ArrayList<>();
    private final Consumer<OutlineChange> onChange = this::changed;

    public WindowModel(ViewOptions options) {
        this.options = options;
        searchYear.addListener((obs, was, is) -> search(searchText.get()));
    }

    public ViewOptions options() {
        return options;
    }

    // ---- the notebook ----

    public ReadOnlyObjectProperty<NotebookSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The open notebook, or null. */
    public NotebookSession session() {
        return session.get();
    }

    /** The open notebook's outline after its latest change; empty while none is open. */
    public ReadOnlyObjectProperty<Outline> outlineProperty() {
        return outline.getReadOnlyProperty();
    }

    public Outline outline() {
        return outline.get();
    }

    public BooleanBinding notebookOpen() {
        return notebookOpen;
    }

    public ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedo() {
        return canRedo.getReadOnlyProperty();
    }

    /**
     * Shows another notebook (null: none) in place of the current one, which is closed; what was typed is stored
     * first. The selection and the search start afresh.
     */
    public void open(NotebookSession next) {
        storePending();
        NotebookSession old = session.get();
        if (old != null) {
            old.removeChangeListener(onChange);
            canUndo.unbind();
            canRedo.unbind();
            resources.unbind();
            try {
                old.close();
            } catch (RuntimeException e) {
                warn("The previous notebook did not close cleanly: " + e.getMessage());
            }
        }
        selected.set(null);
        searchText.set("");
        options.matches().set(null);
        canUndo.set(false);
        canRedo.set(false);
        resources.set(List.of());
        outline.set(next == null ? new Outline(List.of()) : next.outline());
        session.set(next);
        if (next != null) {
            next.addChangeListener(onChange);
            canUndo.bind(next.canUndoProperty());
            canRedo.bind(next.canRedoProperty());
            resources.bind(next.resourcesProperty());
        }
    }

    /** The open notebook's resources (links kept on items); empty while none is open. */
    public ReadOnlyObjectProperty<List<Resource>> resourcesProperty() {
        return resources.getReadOnlyProperty();
    }

    /** Tells {@code listener} about every stored change of the open notebook, after the model has taken it in. */
    public void addChangeListener(Consumer<OutlineChange> listener) {
        changeListeners.add(listener);
    }

    private void changed(OutlineChange change) {
        outline.set(change.after());
        Node sel = selected.get();
        if (sel != null && (change.kind() == OutlineChange.Kind.REPLACED || change.touched().contains(sel.id()))) {
            // A removed node stays selected until the tree picks a neighbour, which it does as it hears the change.
            change.after().find(sel.id()).ifPresent(selected::set);
        }
        if (change.kind() == OutlineChange.Kind.EDIT && !searchText.get().isEmpty()) {
            findMatches();
        }
        for (Consumer<OutlineChange> l : List.copyOf(changeListeners)) {
            l.accept(change);
        }
    }

    /** Asks the views to draw the stored state again, e.g. after an edit failed where the user already clicked. */
    public void redraw() {
        Outline o = outline.get();
        for (Consumer<OutlineChange> l : List.copyOf(changeListeners)) {
            l.accept(new OutlineChange(OutlineChange.Kind.EDIT, o, o, Set.of()));
        }
    }

    // ---- work not stored yet ----

    /** {@code store} keeps what a view holds that is not stored yet (typing); it runs before every stored change. */
    public void addPendingWork(Runnable store) {
        pendingWork.add(store);
    }

    /** Stores what the views hold: before an edit, so undo steps stay in order, and before file work or closing. */
    public void storePending() {
        for (Runnable r : List.copyOf(pendingWork)) {
            r.run();
        }
    }

    // ---- selection ----

    /** The selected node as stored now, or null (nothing selected, or the "Pages" group). */
    public ReadOnlyObjectProperty<Node> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Node selected() {
        return selected.get();
    }

    public BooleanBinding nodeSelected() {
        return nodeSelected;
    }

    /** Selects a node by id; 0 or an unknown id selects nothing. */
    public void select(long id) {
        selected.set(id == 0 ? null : outline.get().find(id).orElse(null));
    }

    /** The tree's selected line is this task item of the selected page's text (null: the line is a node's). */
    public void selectPageTask(PageTasks.Task task) {
        selectedPageTask = task;
    }

    public PageTasks.Task selectedPageTask() {
        return selectedPageTask;
    }

    /** A change of a line's place or name asked for on a page's task line, which is a line of the page's text. */
    public void refuseOnPageTask() {
        String name = selectedPageTask == null ? "This task" : "\u201c" + selectedPageTask.text() + "\u201d";
        warn(name + " is a line of the page's text: change it in the notes (" + Action.OPEN_NOTES.keysText()
                + "); Space ticks it.");
    }

    /** The id of a new line whose name the user is asked for in place, or null. */
    public ReadOnlyObjectProperty<Long> namingProperty() {
        return naming.getReadOnlyProperty();
    }

    /** Selects a node and asks for its name in place (the tree starts the edit). */
    public void startNaming(long id) {
        select(id);
        naming.set(null);
        naming.set(id);
    }

    public void namingDone() {
        naming.set(null);
    }

    // ---- search ----

    public ReadOnlyStringProperty searchText() {
        return searchText.getReadOnlyProperty();
    }

    /** Narrows the tree to the nodes matching {@code text}; blank text shows everything again. */
    public void search(String text) {
        String t = text == null ? "" : text.strip();
        searchText.set(t);
        if (session.get() == null) {
            return;
        }
        findMatches();
        int shown = matchesShown.get();
        // The properties are no line of the tree: the status line says where they match.
        String properties = t.isEmpty() ? "" : propertiesMatch(t).map(m -> " The notebook properties match ("
                + m + "): File › " + Action.NOTEBOOK_PROPERTIES.label()).orElse("");
        String tree = shown == 0 ? "No match for \"" + t + "\"" + (properties.isEmpty() ? "." : " in the tree.")
                : shown + (shown == 1 ? " match." : " matches. Enter: next match.");
        info(t.isEmpty() ? "" : tree + properties);
    }

    private java.util.Optional<String> propertiesMatch(String text) {
        try {
            return session.get().propertiesMatch(text);
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private void findMatches() {
        Set<Long> ids = null;
        NotebookSession s = session.get();
        if (s != null && !searchText.get().isEmpty()) {
            ids = new HashSet<>();
            Integer year = searchYear.get();
            try {
                for (SearchHit hit : s.search(searchText.get())) {
                    if (year == null || year == yearOf(outline.get(), hit.nodeId())) {
                        ids.add(hit.key());
                    }
                }
            } catch (RuntimeException e) {
                warn("Search: " + e.getMessage());
            }
        }
        if (!Objects.equals(ids, options.matches().get())) {
            options.matches().set(ids);
        }
    }

    /** The number of the year a node stands in, or 0 (a page, or a node not in the outline). */
    private static int yearOf(Outline o, long id) {
        Node top = o.find(id).orElse(null);
        while (top != null && top.parentId() != 0) {
            top = o.find(top.parentId()).orElse(null);
        }
        return top == null || top.kind() != org.goalbook.model.NodeKind.YEAR ? 0
                : org.goalbook.model.YearPlanner.yearNumber(top);
    }

    /** The year the search keeps to, or null for the whole notebook. */
    public javafx.beans.property.ObjectProperty<Integer> searchYear() {
        return searchYear;
    }

    /** Which of the shown matches is selected, counting from 1 in the tree's order; 0 when none is. */
    public ReadOnlyIntegerProperty matchAt() {
        return matchAt.getReadOnlyProperty();
    }

    public void setMatchAt(int position) {
        matchAt.set(position);
    }

    /** How many matches the tree shows (the others are hidden by a filter); the tree keeps it up to date. */
    public ReadOnlyIntegerProperty matchesShown() {
        return matchesShown.getReadOnlyProperty();
    }

    public void setMatchesShown(int count) {
        matchesShown.set(count);
    }

    public void nextMatch() {
        request(Request.NEXT_MATCH);
    }

    /** Clears the search and goes back to the tree, where the last match stays selected. */
    public void leaveSearch() {
        search("");
        request(Request.FOCUS_TREE);
    }

    // ---- requests to the views ----

    public void onRequest(Consumer<Request> listener) {
        requestListeners.add(listener);
    }

    public void request(Request request) {
        for (Consumer<Request> l : List.copyOf(requestListeners)) {
            l.accept(request);
        }
    }

    // ---- the status line ----

    /** A short notice for the status line: an edit refused, an export done. */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noticeIsWarning() {
        return noticeIsWarning.getReadOnlyProperty();
    }

    public void info(String text) {
        noticeIsWarning.set(false);
        // The same text again is a new notice: the status line shows it for its full time.
        notice.set("");
        notice.set(text);
    }

    /** Something the user tried could not be done; nothing changed. */
    public void warn(String text) {
        noticeIsWarning.set(true);
        notice.set("");
        notice.set(text);
    }
}
