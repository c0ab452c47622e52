package org.goalbook.ui.search;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;

import org.goalbook.model.SearchHit;
import org.goalbook.ui.StatusBar;
import org.goalbook.ui.session.NotebookSession;
import org.goalbook.ui.tree.GoalTree;

/** Searching the notebook from the search field: the store finds the nodes, the tree narrows to them. */
public final class TreeSearch implements SearchBar.Commands {
    private final Supplier<NotebookSession> session;
    private final GoalTree tree;
    private final StatusBar status;
    private final ObjectProperty<Set<Long>> matches;

    public TreeSearch(Supplier<NotebookSession> session, GoalTree tree, StatusBar status,
                      ObjectProperty<Set<Long>> matches) {
        this.session = session;
        this.tree = tree;
        this.status = status;
        this.matches = matches;
    }

    @Override
    public void search(String text) {
        if (session.get() == null) {
            return;
        }
        update(text);
        List<Long> shown = tree.shownMatches();
        status.info(text.isEmpty() ? "" : shown.isEmpty() ? "No match for \"" + text + "\"."
                : shown.size() + (shown.size() == 1 ? " match." : " matches. Enter: next match."));
    }

    /** Finds the matches for {@code text} again (blank: no search), e.g. after an edit. */
    public void update(String text) {
        Set<Long> ids = null;
        NotebookSession s = session.get();
        if (s != null && !text.isEmpty()) {
            ids = new HashSet<>();
            try {
                for (SearchHit hit : s.search(text)) {
                    ids.add(hit.nodeId());
                }
            } catch (RuntimeException e) {
                status.warn("Search: " + e.getMessage());
            }
        }
        if (!Objects.equals(ids, matches.get())) {
            matches.set(ids);
        }
    }

    @Override
    public void nextMatch() {
        List<Long> shown = tree.shownMatches();
        if (shown.isEmpty()) {
            return;
        }
        var current = tree.selectedNodeProperty().get();
        int at = current == null ? -1 : shown.indexOf(current.id());
        tree.select(shown.get((at + 1) % shown.size()));
    }

    @Override
    public void leave() {
        tree.view().requestFocus();
    }
}
