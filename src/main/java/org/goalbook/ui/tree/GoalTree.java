package org.goalbook.ui.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;

/**
 * The goal tree: shows an outline through {@link TreeShape}, keeps expansion and selection across refreshes (lines
 * are matched by node id, never rebuilt from scratch), and turns keys into {@link TreeCommands}.
 */
public final class GoalTree {
    public static final String ID = "goalTree";

    private TreeCommands commands;
    private final TreeView<Row> view = new TreeView<>();
    private final Label empty = new Label();
    private final StackPane pane = new StackPane(view, empty);
    private final TreeItem<Row> root = new TreeItem<>();
    private final Map<Long, TreeItem<Row>> items = new HashMap<>();
    private final ObjectProperty<TreeFilter> filter = new SimpleObjectProperty<>(TreeFilter.NONE);
    private final ReadOnlyObjectWrapper<Node> selectedNode = new ReadOnlyObjectWrapper<>();
    private final List<Long> shownMatches = new ArrayList<>();
    private Map<Long, Boolean> expandedBeforeSearch;
    private Outline outline = new Outline(List.of());
    private boolean updating;

    public GoalTree() {
        createView();
        initListeners();
    }

    /** Where the tree's edits go; set once, before the first notebook is shown. */
    public void setCommands(TreeCommands commands) {
        this.commands = commands;
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
        empty.getStyleClass().add("tree-empty");
        empty.setWrapText(true);
        empty.setMouseTransparent(true);
        empty.setVisible(false);
    }

    private void initListeners() {
        view.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (!updating) {
                selectedNode.set(is == null || is.getValue() == null ? null : is.getValue().node());
            }
        });
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        filter.addListener((obs, was, is) -> show(outline));
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

    public ObjectProperty<TreeFilter> filterProperty() {
        return filter;
    }

    /**
     * Forgets which lines were open and selected: for another notebook, or one whose content was replaced, where
     * the same id may stand for a different node.
     */
    public void reset() {
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
        selectedNode.set(null);
    }

    /** Shows a new outline in place of the old: same lines stay expanded and the same node stays selected. */
    public void show(Outline newOutline) {
        Node before = selectedNode.get();
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
            items.keySet().removeIf(k -> k != Row.PAGES && newOutline.find(k).isEmpty());
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
                ? "This notebook is empty.\n\nImport a journal with File › Import journal… (Ctrl+I), or plan a "
                + "year with Year › New year…."
                : "Nothing matches" + (searching ? " the search." : " the filters in the View menu."));
        long keep = before == null ? 0 : before.id();
        if (keep != 0 && newOutline.find(keep).isPresent() && items.containsKey(keep) && isShown(items.get(keep))) {
            select(keep);
        } else if (keep != 0 && before != null) {
            selectNear(before);
        } else {
            TreeItem<Row> sel = view.getSelectionModel().getSelectedItem();
            selectedNode.set(sel == null || sel.getValue() == null ? null : sel.getValue().node());
        }
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

    /** Selects a node's line, opening its parents, and scrolls to it. False when the line is filtered out. */
    public boolean select(long id) {
        TreeItem<Row> item = items.get(id);
        if (item == null || !isShown(item)) {
            return false;
        }
        for (TreeItem<Row> p = item.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        view.getSelectionModel().select(item);
        view.getFocusModel().focus(view.getSelectionModel().getSelectedIndex());
        selectedNode.set(item.getValue().node());
        int row = view.getRow(item);
        if (row >= 0) {
            view.scrollTo(Math.max(0, row - 3));
        }
        return true;
    }

    /** After the selected node went away: its previous sibling, else the next, else its parent. */
    private void selectNear(Node gone) {
        Outline o = outline;
        List<Node> siblings = o.children(gone.parentId());
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
                selectedNode.set(null);
            }
        }
    }

    /** Starts editing the name of a node's line. */
    public void editName(long id) {
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

    /** Search matches in the order the tree shows them, for "next match". */
    public List<Long> shownMatches() {
        return List.copyOf(shownMatches);
    }

    private void onKey(KeyEvent e) {
        if (view.getEditingItem() != null) {
            return;
        }
        Node n = selectedNode.get();
        if (n == null) {
            return;
        }
        boolean handled = true;
        KeyCode code = e.getCode();
        if (e.isAltDown() && !e.isShortcutDown()) {
            switch (code) {
                case UP -> commands.move(n.id(), TreeCommands.Direction.UP);
                case DOWN -> commands.move(n.id(), TreeCommands.Direction.DOWN);
                case LEFT -> commands.move(n.id(), TreeCommands.Direction.OUT);
                case RIGHT -> commands.move(n.id(), TreeCommands.Direction.IN);
                default -> handled = false;
            }
        } else if (e.isShortcutDown() || e.isAltDown()) {
            handled = false;
        } else if (code == KeyCode.SPACE && n.kind().isTickable()) {
            commands.tick(n.id(), !n.done());
        } else if (code == KeyCode.DELETE) {
            commands.delete(n.id());
        } else if (code == KeyCode.INSERT) {
            commands.add(n.id(), false);
        } else if (code == KeyCode.ENTER) {
            commands.open(n.id());
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** The stance keys: Ctrl+1..4 for Maintain, Improve, Explore, Skip; Ctrl+0 for none. */
    public static Stance stanceForDigit(int digit) {
        return digit >= 1 && digit <= 4 ? Stance.values()[digit - 1] : null;
    }
}
