package org.goalbook.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;

import org.goalbook.model.Outline;
import org.goalbook.model.Stance;
import org.goalbook.model.YearPlanner;
import org.goalbook.store.SearchHit;
import org.goalbook.ui.clipboard.NodeClipboard;
import org.goalbook.ui.dialogs.AboutDialog;
import org.goalbook.ui.dialogs.FileDialogs;
import org.goalbook.ui.dialogs.NewYearDialog;
import org.goalbook.ui.dialogs.ShortcutsDialog;
import org.goalbook.ui.editor.EditorPane;
import org.goalbook.ui.editor.MarkdownPreview;
import org.goalbook.ui.editor.WebPreview;
import org.goalbook.ui.files.NotebookFiles;
import org.goalbook.ui.menu.AppMenuBar;
import org.goalbook.ui.menu.TreeContextMenu;
import org.goalbook.ui.menu.WindowActions;
import org.goalbook.ui.preview.LinkOpener;
import org.goalbook.ui.search.SearchBar;
import org.goalbook.ui.session.NotebookSession;
import org.goalbook.ui.tree.GoalTree;
import org.goalbook.ui.tree.TreeCommands;
import org.goalbook.ui.tree.TreeFilter;

/**
 * The Goalbook window: menus and search on top, the goal tree on the left, the selected node's header, editor and
 * preview on the right, a status line below. Wires the parts together and implements what the menus do.
 */
public final class MainWindow implements WindowActions {
    private final Stage stage;
    private final Settings settings;
    private final ObjectProperty<NotebookSession> session = new SimpleObjectProperty<>();
    private final StatusBar status = new StatusBar();
    private final BooleanProperty previewShown = new SimpleBooleanProperty();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final IntegerProperty fontSize = new SimpleIntegerProperty();
    private final BooleanProperty hideDone = new SimpleBooleanProperty();
    private final BooleanProperty hideSkipped = new SimpleBooleanProperty();
    private final ObjectProperty<Stance> onlyStance = new SimpleObjectProperty<>();
    /** Ids of the nodes matching the search, or null when not searching. */
    private final ObjectProperty<Set<Long>> matches = new SimpleObjectProperty<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final ChangeListener<Outline> outlineChanged = (obs, was, is) -> refresh();
    private final GoalTree tree;
    private final NotebookEdits edits;
    private final EditorPane editor;
    private final NodeClipboard clipboard;
    private final NotebookFiles files;
    private final SearchBar search;
    private final SplitPane split = new SplitPane();
    private final BorderPane root = new BorderPane();
    private final Scene scene;

    public MainWindow(Stage stage, Settings settings, FileDialogs dialogs, BackgroundWork work, Clock clock,
                      LinkOpener links) {
        this.stage = stage;
        this.settings = settings;
        this.tree = new GoalTree();
        this.edits = new NotebookEdits(session::get, tree, status, () -> stage, clock);
        tree.setCommands(edits);
        this.editor = new EditorPane(edits, createPreview(links));
        this.clipboard = new NodeClipboard(session::get, tree, edits, status);
        this.files = new NotebookFiles(() -> stage, dialogs, work, status, session::get, this::switchTo);
        this.search = new SearchBar(new Searching());
        this.scene = new Scene(root);
        createView();
        initListeners();
    }

    /** The one place that decides what stands where the preview goes. */
    private static MarkdownPreview createPreview(LinkOpener links) {
        return new WebPreview(links);
    }

    private void createView() {
        previewShown.set(settings.previewShown());
        darkTheme.set(settings.darkTheme());
        fontSize.set(settings.fontSize());
        HBox top = new HBox(new AppMenuBar(this).view(), search.view());
        top.getStyleClass().add("top-bar");
        HBox.setHgrow(top.getChildren().get(0), Priority.ALWAYS);
        tree.view().setContextMenu(TreeContextMenu.create(this));
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().addAll(tree.node(), editor.view());
        SplitPane.setResizableWithParent(tree.node(), false);
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(status.view());
        root.getStyleClass().add("goalbook");
        editor.setPreviewShown(previewShown.get());
        applyAppearance();
        stage.setScene(scene);
        stage.setTitle("Goalbook");
        stage.setMinWidth(640);
        stage.setMinHeight(420);
    }

    private void initListeners() {
        edits.setBeforeEdit(editor::flush);
        edits.setOpenNotes(() -> editor.editor().requestFocus());
        files.setBeforeFileWork(editor::flush);
        files.setSelected(() -> tree.selectedNodeProperty().get());
        tree.selectedNodeProperty().addListener((obs, was, is) -> showSelected());
        tree.filterProperty().bind(Bindings.createObjectBinding(() -> new TreeFilter(hideDone.get(),
                hideSkipped.get(), onlyStance.get(), matches.get()), hideDone, hideSkipped, onlyStance, matches));
        previewShown.addListener((obs, was, is) -> editor.setPreviewShown(is));
        darkTheme.addListener((obs, was, is) -> applyAppearance());
        fontSize.addListener((obs, was, is) -> applyAppearance());
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Y"), this::redo);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Equals"), this::fontBigger);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Add"), this::fontBigger);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Subtract"), this::fontSmaller);
        editor.editor().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                tree.view().requestFocus();
                e.consume();
            }
        });
        stage.setOnCloseRequest(e -> shutdown());
    }

    /** Shows the window where it was last time, with the panes divided as they were. */
    public void show() {
        settings.windowPlace().ifPresentOrElse(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            stage.setMaximized(p.maximized());
        }, () -> {
            stage.setWidth(1200);
            stage.setHeight(760);
        });
        stage.show();
        split.setDividerPositions(settings.treeDivider());
        editor.split().setDividerPositions(settings.previewDivider());
        tree.view().requestFocus();
    }

    /** Opens a notebook now, on this thread: the first frame then shows its tree. */
    public void open(Path file) {
        try {
            switchTo(NotebookSession.open(file));
        } catch (RuntimeException e) {
            Platform.runLater(() -> org.goalbook.ui.dialogs.Alerts.error(stage, "Notebook not opened",
                    e.getMessage(), "Open another notebook with File › Open notebook…, or make a new one."));
        }
    }

    private void switchTo(NotebookSession next) {
        editor.flush();
        NotebookSession old = session.get();
        if (old != null) {
            old.outlineProperty().removeListener(outlineChanged);
            try {
                old.close();
            } catch (RuntimeException e) {
                status.warn("The previous notebook did not close cleanly: " + e.getMessage());
            }
        }
        session.set(next);
        next.outlineProperty().addListener(outlineChanged);
        canUndo.bind(next.canUndoProperty());
        canRedo.bind(next.canRedoProperty());
        search.clear();
        stage.setTitle("Goalbook — " + next.path().getFileName());
        status.setFile(next.path().toString());
        settings.addRecent(next.path());
        refresh();
        if (tree.selectedNodeProperty().get() == null && !tree.view().getRoot().getChildren().isEmpty()) {
            tree.view().getSelectionModel().select(0);
        }
    }

    private void refresh() {
        NotebookSession s = session.get();
        Outline outline = s == null ? new Outline(List.of()) : s.outline();
        if (s != null && !search.text().isEmpty()) {
            setMatches(search.text());
        }
        tree.show(outline);
        showSelected();
    }

    private void showSelected() {
        NotebookSession s = session.get();
        editor.show(s == null ? null : s.outline(), s == null ? null : tree.selectedNodeProperty().get());
    }

    private void setMatches(String text) {
        Set<Long> ids = null;
        if (!text.isEmpty()) {
            ids = new HashSet<>();
            try {
                for (SearchHit hit : session.get().search(text)) {
                    ids.add(hit.nodeId());
                }
            } catch (RuntimeException e) {
                status.warn("Search: " + e.getMessage());
            }
        }
        if (!java.util.Objects.equals(ids, matches.get())) {
            matches.set(ids);
        }
    }

    private void applyAppearance() {
        Appearance.apply(scene, darkTheme.get(), fontSize.get());
        editor.preview().setDarkTheme(darkTheme.get());
        editor.preview().setFontSize(fontSize.get());
        settings.setDarkTheme(darkTheme.get());
        settings.setFontSize(fontSize.get());
    }

    /** Stores pending typing and the window's settings, then closes the notebook. */
    public void shutdown() {
        editor.flush();
        if (!stage.isIconified()) {
            settings.setWindowPlace(new Settings.WindowPlace(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        }
        if (split.getDividerPositions().length > 0) {
            settings.setTreeDivider(split.getDividerPositions()[0]);
        }
        if (editor.split().getDividerPositions().length > 0) {
            settings.setPreviewDivider(editor.split().getDividerPositions()[0]);
        }
        settings.setPreviewShown(previewShown.get());
        settings.flush();
        NotebookSession s = session.get();
        if (s != null) {
            s.outlineProperty().removeListener(outlineChanged);
            s.close();
            canUndo.unbind();
            canRedo.unbind();
            canUndo.set(false);
            canRedo.set(false);
            session.set(null);
        }
    }

    public Scene scene() {
        return scene;
    }

    public NotebookSession session() {
        return session.get();
    }

    public GoalTree tree() {
        return tree;
    }

    public EditorPane editor() {
        return editor;
    }

    public StatusBar status() {
        return status;
    }

    // ---- what the menus do ----

    @Override
    public void newNotebook() {
        files.newNotebook();
    }

    @Override
    public void openNotebook() {
        files.openNotebook();
    }

    @Override
    public void openNotebook(Path file) {
        files.open(file);
    }

    @Override
    public List<Path> recentNotebooks() {
        return settings.recentNotebooks();
    }

    @Override
    public void importJournal() {
        files.importJournal();
    }

    @Override
    public void exportMarkdown() {
        files.exportMarkdown();
    }

    @Override
    public void exportRadar() {
        files.exportRadar();
    }

    @Override
    public void quit() {
        shutdown();
        stage.close();
        Platform.exit();
    }

    @Override
    public void undo() {
        edits.undo();
    }

    @Override
    public void redo() {
        edits.redo();
    }

    @Override
    public ObservableBooleanValue canUndo() {
        return canUndo;
    }

    @Override
    public ObservableBooleanValue canRedo() {
        return canRedo;
    }

    @Override
    public void cut() {
        if (!(textFocus() instanceof TextInputControl t)) {
            clipboard.cut();
        } else {
            t.cut();
        }
    }

    @Override
    public void copy() {
        if (!(textFocus() instanceof TextInputControl t)) {
            clipboard.copy();
        } else {
            t.copy();
        }
    }

    @Override
    public void paste() {
        if (!(textFocus() instanceof TextInputControl t)) {
            clipboard.paste();
        } else {
            t.paste();
        }
    }

    /** A text field or the editor with the focus: the clipboard menu items then work on its text. */
    private Object textFocus() {
        return scene.getFocusOwner() instanceof TextInputControl t ? t : null;
    }

    @Override
    public void addSibling() {
        selected(id -> edits.add(id, true));
    }

    @Override
    public void addChild() {
        selected(id -> edits.add(id, false));
    }

    @Override
    public void rename() {
        selected(tree::editName);
    }

    @Override
    public void delete() {
        selected(edits::delete);
    }

    @Override
    public void setStance(Stance stance) {
        selected(id -> edits.setStance(id, stance));
    }

    @Override
    public void move(TreeCommands.Direction direction) {
        selected(id -> edits.move(id, direction));
    }

    private void selected(java.util.function.LongConsumer action) {
        var node = tree.selectedNodeProperty().get();
        if (session.get() != null && node != null) {
            action.accept(node.id());
        }
    }

    @Override
    public void newYear() {
        NotebookSession s = session.get();
        if (s == null) {
            return;
        }
        NewYearDialog.ask(stage, s.outline()).ifPresent(choice -> {
            List<Long> created = edits.edit(o -> choice.fromYearId() == 0
                    ? YearPlanner.empty(o, choice.year())
                    : YearPlanner.carryOver(o, choice.fromYearId(), choice.year(), choice.leaveDone()));
            if (created != null && !created.isEmpty()) {
                tree.select(created.get(0));
                status.info("Added " + choice.year() + ". Ctrl+Z takes it away again.");
            }
        });
    }

    @Override
    public void focusSearch() {
        search.focus();
    }

    @Override
    public BooleanProperty previewShown() {
        return previewShown;
    }

    @Override
    public BooleanProperty darkTheme() {
        return darkTheme;
    }

    @Override
    public void fontBigger() {
        fontSize.set(Settings.clampFontSize(fontSize.get() + 1));
    }

    @Override
    public void fontSmaller() {
        fontSize.set(Settings.clampFontSize(fontSize.get() - 1));
    }

    @Override
    public void fontReset() {
        fontSize.set(Settings.DEFAULT_FONT_SIZE);
    }

    @Override
    public BooleanProperty hideDone() {
        return hideDone;
    }

    @Override
    public BooleanProperty hideSkipped() {
        return hideSkipped;
    }

    @Override
    public ObjectProperty<Stance> onlyStance() {
        return onlyStance;
    }

    @Override
    public ObservableBooleanValue notebookOpen() {
        return session.isNotNull();
    }

    @Override
    public void showShortcuts() {
        ShortcutsDialog.show(stage);
    }

    @Override
    public void showAbout() {
        AboutDialog.show(stage);
    }

    /** The search field's commands: narrow the tree, jump to the next match, go back to the tree. */
    private final class Searching implements SearchBar.Commands {
        @Override
        public void search(String text) {
            if (session.get() != null) {
                setMatches(text);
                List<Long> matches = tree.shownMatches();
                status.info(text.isEmpty() ? "" : matches.isEmpty() ? "No match for \"" + text + "\"."
                        : matches.size() + (matches.size() == 1 ? " match." : " matches. Enter: next match."));
            }
        }

        @Override
        public void nextMatch() {
            List<Long> matches = tree.shownMatches();
            if (matches.isEmpty()) {
                return;
            }
            var current = tree.selectedNodeProperty().get();
            int at = current == null ? -1 : matches.indexOf(current.id());
            tree.select(matches.get((at + 1) % matches.size()));
        }

        @Override
        public void leave() {
            tree.view().requestFocus();
        }
    }
}
