package org.goalbook.ui.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.application.Platform;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

import org.goalbook.markdown.PageTasks;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.PageSections;
import org.goalbook.model.TaskKey;
import org.goalbook.model.Progress;
import org.goalbook.ui.model.Action;
import org.goalbook.ui.model.WindowModel;
import org.goalbook.ui.session.OutlineChange;

/**
 * The goal tree: shows the model's outline through {@link TreeShape} and follows each stored change by updating only
 * the lines it touched and their parents' counts, so selection, focus, expansion and scroll position stay where the
 * user left them. Turns keys into {@link TreeCommands}.
 */
public final class GoalTree {
    public static final String ID = "goalTree";

    private final WindowModel model;
    private final TreeCommands commands;
    private final TreeView<Row> view = new TreeView<>();
    private java.util.function.Supplier<javafx.scene.control.ContextMenu> makeContextMenu;
    private final Label empty = new Label();
    private final StackPane pane = new StackPane(view, empty);
    private final TreeItem<Row> root = new TreeItem<>();
    private final Map<Long, TreeItem<Row>> items = new HashMap<>();
    private final ObjectBinding<TreeFilter> filter;
    private final ReadOnlyObjectWrapper<Node> selectedNode = new ReadOnlyObjectWrapper<>();
    private final List<Long> shownMatches = new ArrayList<>();
    private Map<Long, Boolean> expandedBeforeSearch;
    private Outline outline = new Outline(List.of());
    private boolean updating;

    public GoalTree(WindowModel model, TreeCommands commands) {
        this.model = model;
        this.commands = commands;
        this.filter = TreeFilter.of(model.options());
        createView();
        initListeners();
    }

    TreeCommands commands() {
        return commands;
    }

    private void createView() {
        view.setId(ID);
        view.getStyleClass().add("goal-tree");
        view.setRoot(root);
        view.setShowRoot(false);
        view.setEditable(true);
        view.setCellFactory(tv -> new GoalTreeCell(this));
        root.setExpanded(true);
        // A line's new row (a tick, its parents' counts) would reach the tree's skin, which then lays out every
        // visible cell anew from scratch; on a large notebook that was most of a tick's time. Stop it at the root:
        // the one cell that shows the line redraws itself (GoalTreeCell listens to its line's value).
        root.addEventFilter(TreeItem.valueChangedEvent(), javafx.event.Event::consume);
        empty.getStyleClass().add("tree-empty");
        empty.setWrapText(true);
        empty.setMouseTransparent(true);
        empty.setVisible(false);
    }

    private void initListeners() {
        view.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (!updating) {
                setSelected(is);
            }
        });
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        filter.addListener((obs, was, is) -> show(outline));
        model.sessionProperty().addListener((obs, was, is) -> {
            reset();
            show(model.outline());
            selectFirst();
        });
        model.addChangeListener(this::apply);
        model.selectedProperty().addListener((obs, was, is) -> {
            Node mine = selectedNode.get();
            if (is == null && mine != null) {
                view.getSelectionModel().clearSelection();
            } else if (is != null && (mine == null || mine.id() != is.id())) {
                select(is.id());
            }
        });
        model.namingProperty().addListener((obs, was, is) -> {
            if (is != null) {
                editName(is);
            }
        });
        model.onRequest(r -> {
            if (r == WindowModel.Request.FOCUS_TREE) {
                view.requestFocus();
            } else if (r == WindowModel.Request.NEXT_MATCH) {
                nextMatch();
            }
        });
    }

    private void setSelected(TreeItem<Row> item) {
        Node n = item == null || item.getValue() == null ? null : item.getValue().node();
        selectedNode.set(n);
        model.setMatchAt(item == null || item.getValue() == null ? 0
                : shownMatches.indexOf(item.getValue().key()) + 1);
        // A task line selects its page, whose notes the editor then shows; the task itself is noted beside it.
        model.selectPageTask(item == null || item.getValue() == null ? null : item.getValue().task());
        model.select(n == null ? 0 : n.id());
    }

    private void selectFirst() {
        if (view.getSelectionModel().getSelectedItem() == null && !root.getChildren().isEmpty()) {
            view.getSelectionModel().select(0);
        }
    }

    /**
     * The right-click menu, made by {@code make} when first asked for (a right-click, Shift+F10): a start need not
     * build a menu nobody has opened yet.
     */
    public void setContextMenu(java.util.function.Supplier<javafx.scene.control.ContextMenu> make) {
        this.makeContextMenu = make;
        // Before the control's own handler, which shows whatever menu it has.
        view.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> contextMenu());
    }

    /** The right-click menu, made now if it was not yet; null when the window gave none. */
    public javafx.scene.control.ContextMenu contextMenu() {
        if (view.getContextMenu() == null && makeContextMenu != null) {
            view.setContextMenu(makeContextMenu.get());
        }
        return view.getContextMenu();
    }

    public TreeView<Row> view() {
        return view;
    }

    /** The tree with the note it shows when there is nothing to show; this goes into the window. */
    public javafx.scene.Node node() {
        return pane;
    }

    /** The node of the selected line, or null (nothing selected, or the "Pages" group). */
    public ReadOnlyObjectProperty<Node> selectedNodeProperty() {
        return selectedNode.getReadOnlyProperty();
    }


    /**
     * Forgets which lines were open and selected: for another notebook, or one whose content was replaced, where
     * the same id may stand for a different node.
     */
    private void reset() {
        updating = true;
        try {
            view.getSelectionModel().clearSelection();
            root.getChildren().clear();
            items.clear();
            expandedBeforeSearch = null;
            outline = new Outline(List.of());
        } finally {
            updating = false;
        }
        setSelected(null);
    }

    /**
     * Follows one stored change: the lines it touched get their new text, lines that came, went or moved are put
     * in place among their siblings, and the lines above them get their new counts. Everything else, the selected
     * row and the scroll position included, stays as it is.
     */
    private void apply(OutlineChange change) {
        switch (change.kind()) {
            case REPLACED -> {
                reset();
                show(change.after());
                selectFirst();
            }
            // Notes are not shown in the tree, except the task items of a page's text.
            case NOTES -> {
                if (tasksChanged(change)) {
                    apply(new OutlineChange(OutlineChange.Kind.EDIT, change.before(), change.after(),
                            change.touched()));
                } else {
                    outline = change.after();
                }
            }
            case EDIT -> {
                if (change.touched().isEmpty()) {
                    view.refresh();
                } else if (filter.get().searching() || filter.get().onlyStance() != null) {
                    // These filters can hide or show whole branches far from the change: shape everything anew.
                    show(change.after());
                } else {
                    update(change);
                }
            }
        }
    }

    /**
     * Typed notes changed the task items of a page (a new "- [ ] …" line, a box ticked by hand, a task renamed) or
     * its heading level (which pages it nests under): only then does the tree follow, updating that page's lines.
     * Comparing the page's tasks before and after is one parse of the one page being typed in, at most once per
     * autosave.
     */
    private static boolean tasksChanged(OutlineChange change) {
        for (long id : change.touched()) {
            Node was = change.before().find(id).orElse(null);
            Node is = change.after().find(id).orElse(null);
            if (is != null && is.kind() == NodeKind.PAGE && (was == null || !sameTasks(was.notes(), is.notes())
                    || PageSections.level(was) != PageSections.level(is))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameTasks(String before, String after) {
        return PageTasks.same(before, after);
    }

    private void update(OutlineChange change) {
        Outline before = change.before();
        Outline after = change.after();
        Node kept = selectedNode.get();
        Row keptRow = selectedRow();
        boolean pageTouched = false;
        outline = after;
        Set<Long> resync = new LinkedHashSet<>();
        Set<Long> rows = new LinkedHashSet<>();
        for (long id : change.touched()) {
            Node was = before.find(id).orElse(null);
            Node is = after.find(id).orElse(null);
            if (is == null) {
                items.remove(id);
                resync.add(lineParent(before, was));
                continue;
            }
            if (was == null || was.parentId() != is.parentId() || was.position() != is.position()
                    || was.kind() != is.kind() || hiddenChanged(was, is)
                    || (is.kind() == NodeKind.PAGE && PageSections.level(was) != PageSections.level(is))) {
                resync.add(lineParent(after, is));
                if (was != null) {
                    resync.add(lineParent(before, was));
                }
            }
            if (is.kind() == NodeKind.PAGE) {
                pageTouched = true;
                if (was != null && !sameTasks(was.notes(), is.notes())) {
                    // The page's task lines are its children: put them in place again.
                    resync.add(id);
                }
            }
            rows.add(id);
            for (Node p = after.parent(is).orElse(null); p != null; p = after.parent(p).orElse(null)) {
                rows.add(p.id());
            }
            if (was != null && after.find(was.parentId()).isPresent()) {
                for (Node p = after.get(was.parentId()); p != null; p = after.parent(p).orElse(null)) {
                    rows.add(p.id());
                }
            }
        }
        updating = true;
        try {
            for (long key : resync) {
                if (key != 0 && key != Row.PAGES && change.touched().contains(key)
                        && (before.find(key).isEmpty() || after.find(key).isEmpty())) {
                    // Inside a branch that came or went: the branch's own parent puts it in place, all of it.
                    continue;
                }
                TreeItem<Row> line = key == 0 ? root : items.get(key);
                if (line == null || key == 0 || key == Row.PAGES) {
                    // A parent not shown (filtered out, or new itself) or the top level: shape the whole tree.
                    shownMatches.clear();
                    sync(root, TreeShape.build(after, filter.get()), false);
                    break;
                }
                sync(line, TreeShape.childrenOf(after, filter.get(), key), false);
            }
            boolean samePlaces = samePlaces(change);
            for (long id : rows) {
                TreeItem<Row> line = items.get(id);
                Node n = after.find(id).orElse(null);
                if (line != null && n != null && n.kind() != NodeKind.STANCE_LINE) {
                    Progress progress = samePlaces && n.kind() != NodeKind.PAGE && !change.touched().contains(id)
                            ? shifted(line.getValue().progress(), change, id)
                            : TreeShape.progressOf(after, n);
                    Row row = new Row(id, n, progress, line.getValue().match());
                    if (!row.equals(line.getValue())) {
                        line.setValue(row);
                    }
                }
            }
            TreeItem<Row> pages = items.get(Row.PAGES);
            if (pageTouched && pages != null) {
                pages.setValue(new Row(Row.PAGES, null, TreeShape.pagesProgress(after), false));
            }
        } finally {
            updating = false;
        }
        empty.setVisible(root.getChildren().isEmpty());
        keepSelected(kept, keptRow);
    }

    /** Whether every node the change touched was there before and stays under the same parent (a tick, a stance). */
    private static boolean samePlaces(OutlineChange change) {
        for (long id : change.touched()) {
            Node was = change.before().find(id).orElse(null);
            Node is = change.after().find(id).orElse(null);
            if (was == null || is == null || was.parentId() != is.parentId() || was.kind() != is.kind()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line's count after a change that moved nothing: its count before, plus what each touched node below it now
     * adds. Walking a year's thousands of items for each line above a tick is what this saves.
     */
    private static Progress shifted(Progress before, OutlineChange change, long lineId) {
        if (before == null) {
            return null;
        }
        int done = before.done();
        int total = before.total();
        for (long id : change.touched()) {
            Node was = change.before().get(id);
            Node is = change.after().get(id);
            if (isBelow(change.after(), is, lineId)) {
                done += counted(is) && is.done() ? 1 : 0;
                done -= counted(was) && was.done() ? 1 : 0;
                total += (counted(is) ? 1 : 0) - (counted(was) ? 1 : 0);
            }
        }
        return new Progress(done, total);
    }

    /** Whether {@link Outline#progress} counts the node: a goal or item, not skipped. */
    private static boolean counted(Node n) {
        return n.kind().isTickable() && n.stance() != org.goalbook.model.Stance.SKIP;
    }

    private static boolean isBelow(Outline o, Node n, long ancestorId) {
        for (Node p = o.parent(n).orElse(null); p != null; p = o.parent(p).orElse(null)) {
            if (p.id() == ancestorId) {
                return true;
            }
        }
        return false;
    }

    private Row selectedRow() {
        TreeItem<Row> item = view.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    /** A tick or a stance change that a filter turns into showing or hiding the line. */
    private boolean hiddenChanged(Node was, Node is) {
        TreeFilter f = filter.get();
        return (f.hideDone() && was.done() != is.done()) || (f.hideSkipped() && was.stance() != is.stance());
    }

    /** The key of the tree line a node's line stands under: stance lines are skipped, pages go to the group. */
    private static long lineParent(Outline o, Node n) {
        long p = n.parentId();
        while (p != 0 && o.find(p).map(x -> x.kind() == NodeKind.STANCE_LINE).orElse(false)) {
            p = o.get(p).parentId();
        }
        return p == 0 && n.kind() == NodeKind.PAGE ? Row.PAGES : p;
    }

    /** After the lines changed: the same node stays selected and focused, else a neighbour of where it was. */
    private void keepSelected(Node before, Row beforeRow) {
        if (beforeRow != null && beforeRow.isPageTask()) {
            TreeItem<Row> task = items.get(beforeRow.key());
            if (task != null && isShown(task) && outline.find(beforeRow.node().id()).isPresent()) {
                selectLine(task, false);
                return;
            }
        }
        long keep = before == null ? 0 : before.id();
        TreeItem<Row> item = items.get(keep);
        if (keep != 0 && outline.find(keep).isPresent() && item != null && isShown(item)) {
            selectLine(item, false);
        } else if (keep != 0) {
            selectNear(before);
        } else {
            setSelected(view.getSelectionModel().getSelectedItem());
        }
    }

    /** Shows a new outline in place of the old: same lines stay expanded and the same node stays selected. */
    private void show(Outline newOutline) {
        Node before = selectedNode.get();
        Row beforeRow = selectedRow();
        this.outline = newOutline;
        TreeFilter f = filter.get();
        boolean searching = f.searching();
        if (searching && expandedBeforeSearch == null) {
            expandedBeforeSearch = new HashMap<>();
            items.forEach((k, item) -> expandedBeforeSearch.put(k, item.isExpanded()));
        }
        updating = true;
        try {
            shownMatches.clear();
            sync(root, TreeShape.build(newOutline, f), searching);
            items.keySet().removeIf(k -> k != Row.PAGES
                    && newOutline.find(k < 0 ? TaskKey.page(k) : k).isEmpty());
            if (!searching && expandedBeforeSearch != null) {
                expandedBeforeSearch.forEach((k, expanded) -> {
                    TreeItem<Row> item = items.get(k);
                    if (item != null) {
                        item.setExpanded(expanded);
                    }
                });
                expandedBeforeSearch = null;
            }
        } finally {
            updating = false;
        }
        empty.setVisible(root.getChildren().isEmpty());
        empty.setText(newOutline.size() == 0
                ? "This notebook is empty.\n\nImport a journal with File › Import journal… ("
                + Action.IMPORT_JOURNAL.keysText() + "), or plan a year with Year › New year…"
                : "Nothing matches" + (searching ? " the search." : " the filters in the View menu."));
        model.setMatchesShown(shownMatches.size());
        Row selected = selectedRow();
        model.setMatchAt(selected == null ? 0 : shownMatches.indexOf(selected.key()) + 1);
        keepSelected(before, beforeRow);
    }

    private void sync(TreeItem<Row> parent, List<Shape> shapes, boolean searching) {
        List<TreeItem<Row>> kids = new ArrayList<>(shapes.size());
        for (Shape s : shapes) {
            long key = s.row().key();
            TreeItem<Row> item = items.computeIfAbsent(key, k -> fresh(s.row()));
            if (!s.row().equals(item.getValue())) {
                item.setValue(s.row());
            }
            if (s.row().match()) {
                shownMatches.add(key);
            }
            if (item.getParent() != null && item.getParent() != parent) {
                item.getParent().getChildren().remove(item);
            }
            kids.add(item);
            if (searching && !s.children().isEmpty()) {
                item.setExpanded(true);
            }
            sync(item, s.children(), searching);
        }
        if (!sameItems(parent.getChildren(), kids)) {
            parent.getChildren().setAll(kids);
        }
    }

    private static TreeItem<Row> fresh(Row row) {
        TreeItem<Row> item = new TreeItem<>(row);
        Node n = row.node();
        // Containers start open so the plan is visible at once; goals with sub-points and the pages start closed.
        item.setExpanded(n != null && !n.kind().isTickable() && n.kind() != NodeKind.PAGE);
        return item;
    }

    private static boolean sameItems(List<TreeItem<Row>> a, List<TreeItem<Row>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean isShown(TreeItem<Row> item) {
        for (TreeItem<Row> p = item; p != null; p = p.getParent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    /**
     * Selects a node's line, opening its parents, and scrolls to it if it is out of sight. False when the line is
     * filtered out.
     */
    public boolean select(long id) {
        TreeItem<Row> item = items.get(id);
        if (item == null || !isShown(item)) {
            return false;
        }
        for (TreeItem<Row> p = item.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        selectLine(item, true);
        return true;
    }

    private void selectLine(TreeItem<Row> item, boolean intoView) {
        int row = view.getRow(item);
        boolean wasUpdating = updating;
        updating = true;
        try {
            // By row: the selection and the focus (where the arrow keys go on from) then agree.
            view.getSelectionModel().clearAndSelect(row);
            view.getFocusModel().focus(row);
        } finally {
            updating = wasUpdating;
        }
        setSelected(item);
        if (intoView && row >= 0 && !inSight(row)) {
            view.scrollTo(Math.max(0, row - 3));
        }
        // When lines came, went or opened above the focused row, the tree's focus model shifts the focus in a
        // runLater of its own, by a count that no longer holds after we selected the row again; so the arrow keys
        // went on from a row far away. Put the focus back on the selected row after that.
        Platform.runLater(() -> {
            int at = view.getSelectionModel().getSelectedIndex();
            if (at >= 0 && view.getFocusModel().getFocusedIndex() != at) {
                view.getFocusModel().focus(at);
            }
        });
    }

    private boolean inSight(int row) {
        if (view.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null) {
            return row > flow.getFirstVisibleCell().getIndex() && row < flow.getLastVisibleCell().getIndex();
        }
        return false;
    }

    /**
     * After the selected node went away: its previous sibling, else the next, else its parent. At the top level a
     * page's neighbours are pages and a year's are years, as the tree shows them.
     */
    private void selectNear(Node gone) {
        Outline o = outline;
        List<Node> siblings = gone.parentId() != 0 ? o.children(gone.parentId())
                : o.roots().stream().filter(r -> r.kind() == gone.kind()).toList();
        Node pick = null;
        for (Node s : siblings) {
            if (s.position() < gone.position()) {
                pick = s;
            } else if (pick == null) {
                pick = s;
            }
        }
        if (pick == null || !select(pick.id())) {
            Optional<Node> parent = o.find(gone.parentId());
            if (parent.isEmpty() || !select(parent.get().id())) {
                view.getSelectionModel().clearSelection();
                setSelected(null);
            }
        }
    }

    /** Starts editing the name of a node's line. */
    private void editName(long id) {
        if (!select(id)) {
            return;
        }
        // After lines were added the tree moves its focused row in a later pulse, which would end an edit started
        // now; start the edit after that.
        Platform.runLater(() -> {
            TreeItem<Row> item = items.get(id);
            if (item != null && isShown(item)) {
                select(id);
                view.layout();
                view.edit(item);
            }
        });
    }

    /** Selects the search match after the selected line, in the order the tree shows them, wrapping around. */
    private void nextMatch() {
        if (shownMatches.isEmpty()) {
            return;
        }
        Row current = selectedRow();
        int at = current == null ? -1 : shownMatches.indexOf(current.key());
        select(shownMatches.get((at + 1) % shownMatches.size()));
    }

    private void onKey(KeyEvent e) {
        if (view.getEditingItem() != null) {
            return;
        }
        Node n = model.selected();
        if (n == null) {
            return;
        }
        Row line = selectedRow();
        if (line != null && line.isPageTask()) {
            onTaskKey(e, line);
            return;
        }
        boolean handled = true;
        if (Action.MOVE_UP.keys().match(e)) {
            commands.move(n.id(), TreeCommands.Direction.UP);
        } else if (Action.MOVE_DOWN.keys().match(e)) {
            commands.move(n.id(), TreeCommands.Direction.DOWN);
        } else if (Action.MOVE_OUT.keys().match(e)) {
            commands.move(n.id(), TreeCommands.Direction.OUT);
        } else if (Action.MOVE_IN.keys().match(e)) {
            commands.move(n.id(), TreeCommands.Direction.IN);
        } else if (Action.TICK.keys().match(e) && n.kind().isTickable()) {
            commands.tick(n.id(), !n.done());
        } else if (Action.DELETE.keys().match(e)) {
            commands.delete(n.id());
        } else if (Action.ADD_INSIDE.keys().match(e)) {
            commands.add(n.id(), false);
        } else if (Action.OPEN_NOTES.keys().match(e)) {
            commands.open(n.id());
        } else if (Action.CONTEXT_MENU.allKeys().stream().anyMatch(k -> k.match(e))) {
            showContextMenu();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** Opens the tree's context menu below the selected line, as a right-click on it would. */
    private void showContextMenu() {
        javafx.scene.control.ContextMenu menu = contextMenu();
        if (menu == null || menu.isShowing()) {
            return;
        }
        int row = view.getSelectionModel().getSelectedIndex();
        javafx.scene.Node at = view.lookupAll(".goal-cell").stream()
                .filter(n -> n instanceof GoalTreeCell c && c.isVisible() && c.getIndex() == row)
                .findFirst().orElse(view);
        menu.show(at, javafx.geometry.Side.BOTTOM, at == view ? 0 : 24, at == view ? -view.getHeight() : 0);
    }

    /** Space ticks a page's task; Enter goes to the page's notes; what would change the line's place is refused. */
    private void onTaskKey(KeyEvent e, Row line) {
        if (Action.TICK.keys().match(e)) {
            commands.tickTask(line.node().id(), line.task().number(), !line.task().done());
        } else if (Action.OPEN_NOTES.keys().match(e)) {
            commands.open(line.node().id());
        } else if (Action.MOVE_UP.keys().match(e) || Action.MOVE_DOWN.keys().match(e)
                || Action.MOVE_OUT.keys().match(e) || Action.MOVE_IN.keys().match(e)
                || Action.DELETE.keys().match(e) || Action.ADD_INSIDE.keys().match(e)) {
            model.refuseOnPageTask();
        } else {
            return;
        }
        e.consume();
    }
}
