package org.goalbook.ui.tree;

import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

import org.goalbook.model.Stance;
import org.goalbook.ui.model.ViewOptions;

/**
 * What the goal tree leaves out.
 *
 * @param hideDone    hide ticked goals and items
 * @param hideSkipped hide items with the stance Skip
 * @param onlyStance  show only items with this stance (and what holds them), or null for all
 * @param matches     ids of nodes and keys of page tasks ({@link org.goalbook.model.TaskKey}) matching the search, or
 *                    null when not searching
 */
public record TreeFilter(boolean hideDone, boolean hideSkipped, Stance onlyStance, Set<Long> matches) {
    public static final TreeFilter NONE = new TreeFilter(false, false, null, null);

    public TreeFilter {
        matches = matches == null ? null : Set.copyOf(matches);
    }

    /** The filter the view options ask for, kept up to date as they change. */
    public static ObjectBinding<TreeFilter> of(ViewOptions o) {
        return Bindings.createObjectBinding(() -> new TreeFilter(o.hideDone().get(), o.hideSkipped().get(),
                o.onlyStance().get(), o.matches().get()), o.hideDone(), o.hideSkipped(), o.onlyStance(), o.matches());
    }

    public boolean searching() {
        return matches != null;
    }

    public TreeFilter withHideDone(boolean hide) {
        return new TreeFilter(hide, hideSkipped, onlyStance, matches);
    }

    public TreeFilter withHideSkipped(boolean hide) {
        return new TreeFilter(hideDone, hide, onlyStance, matches);
    }

    public TreeFilter withOnlyStance(Stance stance) {
        return new TreeFilter(hideDone, hideSkipped, stance, matches);
    }

    public TreeFilter withMatches(Set<Long> ids) {
        return new TreeFilter(hideDone, hideSkipped, onlyStance, ids);
    }
}
