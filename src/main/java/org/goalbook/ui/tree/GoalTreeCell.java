package org.goalbook.ui.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;

import org.goalbook.model.Node;
import org.goalbook.model.Stance;
import org.goalbook.model.TreeMoves;

/**
 * One line of the goal tree: a done box for goals and items, the name, a stance badge, and done/total with a small
 * bar for lines with items below. Renames in place; drags and drops to move.
 */
final class GoalTreeCell extends TreeCell<Row> {
    static final String CELL = "goal-cell";
    static final String NAME = "goal-name";
    static final String BADGE = "stance-badge";
    static final String PROGRESS_TEXT = "progress-text";
    static final String PROGRESS_BAR = "goal-progress";
    static final String DONE_BOX = "done-box";
    static final String MUTED = "muted";
    static final String DONE = "done";
    static final String MATCH = "search-match";
    static final String PAGES = "kind-pages";
    static final String PAGE_TASK = "kind-page-task";
    static final List<String> DROP_STYLES = List.of("drop-before", "drop-into", "drop-after");
    private static final List<String> LINE_STYLES = List.of(MUTED, DONE, MATCH, PAGES, PAGE_TASK, "kind-page", "kind-year",
            "kind-strategic", "kind-tactical", "kind-goal", "kind-area", "kind-topic", "kind-stance_line", "kind-item");
    private static final DataFormat NODE_ID = dataFormat("application/x-goalbook-node-id");

    private final GoalTree tree;
    private final CheckBox doneBox = new CheckBox();
    private final Label name = new Label();
    private final Label badge = new Label();
    private final Label progressText = new Label();
    /** Made for the first line with progress this cell shows (a start shows many cells, few with progress). */
    private ProgressBar progressBar;
    private final HBox line = new HBox();
    private TextField nameField;
    /** The whole name, for a line whose name runs past the tree's visible edge; made when first needed. */
    private Tooltip fullName;
    /** When the latest single click on this cell was pressed, to tell it from F2 or a double-click. */
    private long singleClickAt;
    /** Redraws this cell when its line gets a new row (see {@link GoalTree}: the tree itself is not told). */
    private final InvalidationListener rowChanged = o -> {
        // Not updateIndex: the cell compares the line's value with itself there and finds nothing changed.
        if (getTreeItem() != null && getIndex() >= 0) {
            updateItem(getTreeItem().getValue(), false);
        }
    };
    private final WeakInvalidationListener weakRowChanged = new WeakInvalidationListener(rowChanged);

    GoalTreeCell(GoalTree tree) {
        this.tree = tree;
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add(CELL);
        doneBox.getStyleClass().add(DONE_BOX);
        // The tree keeps the keyboard focus: Space ticks the selected line.
        doneBox.setFocusTraversable(false);
        name.getStyleClass().add(NAME);
        badge.getStyleClass().add(BADGE);
        progressText.getStyleClass().add(PROGRESS_TEXT);
        line.getStyleClass().add("goal-line");
        line.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    private void initListeners() {
        treeItemProperty().addListener((obs, was, is) -> {
            if (was != null) {
                was.valueProperty().removeListener(weakRowChanged);
            }
            if (is != null) {
                is.valueProperty().addListener(weakRowChanged);
            }
        });
        // The tree starts its edit as the button is released; the click that follows ends the window, so F2 right
        // after a click renames.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> singleClickAt = e.getClickCount() == 1 ? System.nanoTime() : 0);
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> singleClickAt = 0);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> offerFullName());
        doneBox.setOnAction(e -> {
            Row row = getItem();
            if (row != null && row.isPageTask()) {
                tree.commands().tickTask(row.node().id(), row.task().number(), doneBox.isSelected());
            } else if (row != null && row.node() != null) {
                tree.commands().tick(row.key(), doneBox.isSelected());
            }
        });
        setOnDragDetected(e -> {
            Row row = getItem();
            if (row == null || row.node() == null || row.isPageTask() || isEditing()) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(NODE_ID, row.key());
            content.putString(row.node().name());
            board.setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            TreeMoves.Drop where = dropZone(e);
            Long dragged = draggedId(e);
            clearDropStyles();
            if (where != null && dragged != null && tree.commands().canDrop(dragged, getItem().key(), where)) {
                e.acceptTransferModes(TransferMode.MOVE);
                getStyleClass().add(DROP_STYLES.get(where.ordinal()));
            }
            e.consume();
        });
        setOnDragExited(e -> clearDropStyles());
        setOnDragDropped(e -> {
            TreeMoves.Drop where = dropZone(e);
            Long dragged = draggedId(e);
            clearDropStyles();
            boolean ok = where != null && dragged != null;
            if (ok) {
                tree.commands().drop(dragged, getItem().key(), where);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    @Override
    protected void updateItem(Row row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            showStyles(List.of());
            setGraphic(null);
            return;
        }
        if (isEditing()) {
            showStyles(List.of());
            setGraphic(nameField);
            return;
        }
        Node node = row.node();
        if (row.isPageTask()) {
            showTask(row);
            return;
        }
        List<String> styles = new ArrayList<>(3);
        List<javafx.scene.Node> parts = new ArrayList<>(5);
        styles.add(node == null ? PAGES : "kind-" + node.kind().name().toLowerCase(Locale.ROOT));
        if (row.muted()) {
            styles.add(MUTED);
        }
        if (row.match()) {
            styles.add(MATCH);
        }
        if (node != null && node.kind().isTickable()) {
            doneBox.setSelected(node.done());
            parts.add(doneBox);
            if (node.done()) {
                styles.add(DONE);
            }
        }
        name.setText(row.text());
        parts.add(name);
        Stance stance = node == null ? null : node.stance();
        if (stance != null && node.kind().isTickable()) {
            badge.setText(stance.label());
            List<String> badgeStyles = List.of(BADGE, "stance-" + stance.name().toLowerCase(Locale.ROOT));
            if (!badge.getStyleClass().equals(badgeStyles)) {
                badge.getStyleClass().setAll(badgeStyles);
            }
            parts.add(badge);
        }
        if (row.progress() != null && row.progress().total() > 0) {
            progressText.setText(row.progress().toString());
            parts.add(progressText);
            parts.add(progressBar(row.progress().fraction()));
        }
        showStyles(styles);
        showParts(parts);
        setGraphic(line);
    }

    /** A task item of a page's text: its box and its text, nothing else (it has no stance and nothing below). */
    private void showTask(Row row) {
        doneBox.setSelected(row.task().done());
        showStyles(row.task().done() ? List.of(PAGE_TASK, DONE) : List.of(PAGE_TASK));
        name.setText(row.text());
        showParts(List.of(doneBox, name));
        setGraphic(line);
    }

    /**
     * Gives the cell these line styles, touching its style classes only when they differ: any change to them makes
     * JavaFX work out the cell's CSS anew, and the tree redraws every visible cell after each stored change.
     */
    private void showStyles(List<String> wanted) {
        List<String> now = getStyleClass().stream().filter(LINE_STYLES::contains).toList();
        if (now.size() != wanted.size() || !now.containsAll(wanted)) {
            getStyleClass().removeAll(LINE_STYLES);
            getStyleClass().addAll(wanted);
        }
    }

    /** Puts these parts in the line, only when they differ: a part put back in gets its CSS worked out again. */
    private void showParts(List<javafx.scene.Node> parts) {
        if (!line.getChildren().equals(parts)) {
            line.getChildren().setAll(parts);
        }
    }

    /** Hovering a line whose name is cut off (by the tree's edge or shortened to "…") shows the whole name. */
    private void offerFullName() {
        boolean cut = false;
        if (!isEditing() && getGraphic() == line && getTreeView() != null) {
            double nameEnd = name.localToScene(name.getBoundsInLocal()).getMaxX();
            double treeEnd = getTreeView().localToScene(getTreeView().getBoundsInLocal()).getMaxX();
            cut = nameEnd > treeEnd || name.getWidth() + 0.5 < name.prefWidth(-1);
        }
        if (cut) {
            if (fullName == null) {
                fullName = new Tooltip();
            }
            fullName.setText(name.getText());
        }
        setTooltip(cut ? fullName : null);
    }

    private ProgressBar progressBar(double fraction) {
        if (progressBar == null) {
            progressBar = new ProgressBar();
            progressBar.getStyleClass().add(PROGRESS_BAR);
            progressBar.setFocusTraversable(false);
        }
        progressBar.setProgress(fraction);
        return progressBar;
    }

    @Override
    public void startEdit() {
        Row row = getItem();
        if (row == null || row.node() == null) {
            return;
        }
        if (row.isPageTask()) {
            // A double-click on a task line; F2 is refused with a message by the window.
            getTreeView().edit(null);
            return;
        }
        if (clickedJustNow()) {
            // The tree already marked the line as being edited: take that back too.
            getTreeView().edit(null);
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        nameField = new TextField(row.node().name());
        nameField.getStyleClass().add("name-field");
        nameField.setOnAction(e -> finishEdit(true));
        nameField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                finishEdit(false);
                e.consume();
            }
        });
        // Clicking elsewhere keeps what was typed, as in a file manager.
        nameField.focusedProperty().addListener((obs, was, is) -> {
            if (!is && isEditing()) {
                finishEdit(true);
            }
        });
        showStyles(List.of());
        setGraphic(nameField);
        nameField.selectAll();
        nameField.requestFocus();
    }

    @Override
    public void cancelEdit() {
        Row row = getItem();
        super.cancelEdit();
        nameField = null;
        updateItem(row, row == null);
    }

    /**
     * Leaves the name edit. The rename goes to the window as a command rather than through the tree's commit
     * event, so that a refused name never shows in the tree: the line is redrawn from the stored outline.
     */
    private void finishEdit(boolean keep) {
        if (!isEditing() || nameField == null) {
            return;
        }
        String text = nameField.getText();
        long id = getItem().key();
        cancelEdit();
        if (keep) {
            tree.commands().rename(id, text);
        } else {
            tree.commands().renameCancelled(id);
        }
    }

    /**
     * A single click on the selected line is how the user picks it or ticks it, not a request to rename (the tree
     * would start an edit then): renaming is F2 or a double-click.
     */
    private boolean clickedJustNow() {
        return singleClickAt != 0 && System.nanoTime() - singleClickAt < 500_000_000L;
    }

    /** Top quarter: before; bottom quarter: after; middle: into. Null where nothing can be dropped. */
    private TreeMoves.Drop dropZone(DragEvent e) {
        Row row = getItem();
        if (row == null || row.node() == null || row.isPageTask()) {
            return null;
        }
        double y = e.getY() / Math.max(1, getHeight());
        return y < 0.25 ? TreeMoves.Drop.BEFORE : y > 0.75 ? TreeMoves.Drop.AFTER : TreeMoves.Drop.INTO;
    }

    private static Long draggedId(DragEvent e) {
        Object id = e.getDragboard().getContent(NODE_ID);
        return id instanceof Long l ? l : null;
    }

    private void clearDropStyles() {
        getStyleClass().removeAll(DROP_STYLES);
    }

    private static DataFormat dataFormat(String mime) {
        DataFormat known = DataFormat.lookupMimeType(mime);
        return known != null ? known : new DataFormat(mime);
    }
}
