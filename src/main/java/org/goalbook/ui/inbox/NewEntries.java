package org.goalbook.ui.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;

/**
 * The inbox's new entries in the order the store keeps them (oldest first, by id), with the sources and sections
 * they come from, kept current entry by entry: a triage removes its entries from the list, its undo puts them back
 * where they stood, and the rows in between stay the same objects (a view keeps its selection and scroll).
 */
final class NewEntries {
    private final ObservableList<InboxEntry> list = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList(InboxModel.ALL);
    private final ObservableList<String> sections = FXCollections.observableArrayList(InboxModel.ALL);
    private final Map<String, Integer> perSource = new HashMap<>();
    private final Map<String, Integer> perSection = new HashMap<>();
    private final StringProperty source;
    private final StringProperty section;

    /** {@code source} and {@code section} are the filter choices, set back to "All" when their value goes away. */
    NewEntries(StringProperty source, StringProperty section) {
        this.source = source;
        this.section = section;
    }

    /** Shows the new entries of {@code inbox} afresh (another notebook, an import). */
    void setAll(List<InboxEntry> inbox) {
        List<InboxEntry> fresh = inbox.stream().filter(e -> e.status() == InboxStatus.NEW).toList();
        perSource.clear();
        perSection.clear();
        fresh.forEach(e -> count(e, 1));
        list.setAll(fresh);
        publish();
    }

    /**
     * Follows the session's inbox from {@code was} to {@code is} (both by id, oldest first): entries that left
     * "new" are removed, entries that came back to it (an undo) or were clipped are inserted where they belong, and
     * only changed rows are replaced.
     *
     * @return the entries that came back to "new" (not the ones clipped), oldest first
     */
    List<InboxEntry> follow(List<InboxEntry> was, List<InboxEntry> is) {
        Set<InboxEntry> gone = new HashSet<>();
        List<InboxEntry> back = new ArrayList<>();
        List<InboxEntry> arrived = new ArrayList<>();
        List<InboxEntry> replaced = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < was.size() || j < is.size()) {
            InboxEntry a = i < was.size() ? was.get(i) : null;
            InboxEntry b = j < is.size() ? is.get(j) : null;
            if (a != null && b != null && a.id() == b.id()) {
                if (a != b) {
                    boolean wasNew = a.status() == InboxStatus.NEW;
                    boolean isNew = b.status() == InboxStatus.NEW;
                    if (wasNew && !isNew) {
                        gone.add(a);
                    } else if (!wasNew && isNew) {
                        back.add(b);
                    } else if (isNew) {
                        replaced.add(b);
                    }
                }
                i++;
                j++;
            } else if (b == null || (a != null && a.id() < b.id())) {
                if (a.status() == InboxStatus.NEW) {
                    gone.add(a);
                }
                i++;
            } else {
                if (b.status() == InboxStatus.NEW) {
                    arrived.add(b);
                }
                j++;
            }
        }
        remove(gone);
        replaced.forEach(e -> {
            int at = indexOf(e.id());
            if (at >= 0) {
                count(list.get(at), -1);
                count(e, 1);
                list.set(at, e);
            }
        });
        List<InboxEntry> inserted = new ArrayList<>(back);
        inserted.addAll(arrived);
        insert(inserted);
        publish();
        return back;
    }

    /** Draws the entries with these ids again (what the view says about them changed, not the entries). */
    void redraw(Collection<Long> ids) {
        for (long id : ids) {
            int at = indexOf(id);
            if (at >= 0) {
                list.set(at, list.get(at));
            }
        }
    }

    ObservableList<InboxEntry> list() {
        return list;
    }

    ObservableList<String> sources() {
        return sources;
    }

    ObservableList<String> sections() {
        return sections;
    }

    private void remove(Set<InboxEntry> gone) {
        if (gone.isEmpty()) {
            return;
        }
        gone.forEach(e -> count(e, -1));
        if (gone.size() == 1) {
            int at = indexOf(gone.iterator().next().id());
            if (at >= 0) {
                list.remove(at);
            }
        } else {
            list.removeAll(gone); // one change for the whole selection
        }
    }

    /** Inserts entries at their place by id; a run that lands in one place goes in as one change. */
    private void insert(List<InboxEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        TreeMap<Integer, List<InboxEntry>> runs = new TreeMap<>();
        entries.stream().sorted((x, y) -> Long.compare(x.id(), y.id())).forEach(e -> {
            int at = indexOf(e.id());
            if (at < 0) {
                count(e, 1);
                runs.computeIfAbsent(-at - 1, k -> new ArrayList<>()).add(e);
            }
        });
        // From the last place to the first, so that each place is still where it was found.
        runs.descendingMap().forEach(list::addAll);
    }

    /** The entry's index, or {@code -(insertion point) - 1} when the list does not hold it. */
    private int indexOf(long id) {
        int lo = 0;
        int hi = list.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long at = list.get(mid).id();
            if (at < id) {
                lo = mid + 1;
            } else if (at > id) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    private void count(InboxEntry e, int delta) {
        add(perSource, e.source(), delta);
        if (!e.section().isEmpty()) {
            add(perSection, e.section(), delta);
        }
    }

    private static void add(Map<String, Integer> counts, String key, int delta) {
        counts.merge(key, delta, Integer::sum);
        if (counts.get(key) <= 0) {
            counts.remove(key);
        }
    }

    private void publish() {
        keep(sources, perSource.keySet(), source);
        keep(sections, perSection.keySet(), section);
    }

    private static void keep(ObservableList<String> shown, Set<String> values, StringProperty chosen) {
        List<String> next = new ArrayList<>(List.of(InboxModel.ALL));
        next.addAll(new TreeSet<>(values));
        if (!shown.equals(next)) {
            String was = chosen.get();
            shown.setAll(next);
            chosen.set(next.contains(was) ? was : InboxModel.ALL);
        }
    }
}
