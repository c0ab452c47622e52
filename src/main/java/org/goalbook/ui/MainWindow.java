package org.goalbook.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;

import org.goalbook.model.Outline;
import org.goalbook.ui.clipboard.NodeClipboard;
import org.goalbook.ui.dialogs.FileDialogs;
import org.goalbook.ui.editor.EditorPane;
import org.goalbook.ui.editor.MarkdownPreview;
import org.goalbook.ui.editor.WebPreview;
import org.goalbook.ui.files.NotebookFiles;
import org.goalbook.ui.menu.AppMenuBar;
import org.goalbook.ui.menu.TreeContextMenu;
import org.goalbook.ui.preview.LinkOpener;
import org.goalbook.ui.search.SearchBar;
import org.goalbook.ui.search.TreeSearch;
import org.goalbook.ui.session.NotebookSession;
import org.goalbook.ui.tree.GoalTree;

/**
 * The Goalbook window: menus and search on top, the goal tree on the left, the selected node's header, editor and
 * preview on the right, a status line below. Builds and wires the parts; {@link WindowCommands} does what the
 * menus ask.
 */
public final class MainWindow {
    private final Stage stage;
    private final Settings settings;
    private final ObjectProperty<NotebookSession> session = new SimpleObjectProperty<>();
    private final StatusBar status = new StatusBar();
    private final ViewOptions options;
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final ChangeListener<Outline> outlineChanged = (obs, was, is) -> refresh();
    private final GoalTree tree;
    private final NotebookEdits edits;
    private final EditorPane editor;
    private final NodeClipboard clipboard;
    private final NotebookFiles files;
    private final SearchBar search;
    private final TreeSearch searching;
    private final WindowCommands commands = new WindowCommands(this);
    private final SplitPane split = new SplitPane();
    private final BorderPane root = new BorderPane();
    private final Scene scene;

    public MainWindow(Stage stage, Settings settings, FileDialogs dialogs, BackgroundWork work, Clock clock,
                      LinkOpener links) {
        this.stage = stage;
        this.settings = settings;
        this.options = new ViewOptions(settings);
        this.tree = new GoalTree();
        this.edits = new NotebookEdits(session::get, tree, status, () -> stage, clock);
        tree.setCommands(edits);
        this.editor = new EditorPane(edits, createPreview(links));
        this.clipboard = new NodeClipboard(session::get, tree, edits, status);
        this.files = new NotebookFiles(() -> stage, dialogs, work, status, session::get, this::switchTo);
        this.searching = new TreeSearch(session::get, tree, status, options.matches());
        this.search = new SearchBar(searching);
        this.scene = new Scene(root);
        createView();
        initListeners();
    }

    /** The one place that decides what stands where the preview goes. */
    private static MarkdownPreview createPreview(LinkOpener links) {
        return new WebPreview(links);
    }

    private void createView() {
        HBox top = new HBox(new AppMenuBar(commands).view(), search.view());
        top.getStyleClass().add("top-bar");
        HBox.setHgrow(top.getChildren().get(0), Priority.ALWAYS);
        tree.view().setContextMenu(TreeContextMenu.create(commands));
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().addAll(tree.node(), editor.view());
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(status.view());
        root.getStyleClass().add("goalbook");
        editor.setPreviewShown(options.previewShown().get());
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
        files.setAfterReplace(this::replaced);
        tree.selectedNodeProperty().addListener((obs, was, is) -> showSelected());
        tree.filterProperty().bind(options.filter());
        options.previewShown().addListener((obs, was, is) -> editor.setPreviewShown(is));
        options.darkTheme().addListener((obs, was, is) -> applyAppearance());
        options.fontSize().addListener((obs, was, is) -> applyAppearance());
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Y"), edits::redo);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Equals"), options::fontBigger);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Add"), options::fontBigger);
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Subtract"), options::fontSmaller);
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
        startPreviewAfterFirstFrame();
        stage.show();
        split.setDividerPositions(settings.treeDivider());
        editor.split().setDividerPositions(settings.previewDivider());
        tree.view().requestFocus();
    }

    /** The first frame shows the tree; the preview's web view is built after it (STYLE.md: expensive nodes late). */
    private void startPreviewAfterFirstFrame() {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // Post-layout runs before this pulse renders; runLater runs after it.
            Platform.runLater(editor::startPreview);
        };
        scene.addPostLayoutPulseListener(once[0]);
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
        tree.reset();
        session.set(next);
        next.outlineProperty().addListener(outlineChanged);
        canUndo.bind(next.canUndoProperty());
        canRedo.bind(next.canRedoProperty());
        search.clear();
        stage.setTitle("Goalbook — " + next.path().getFileName());
        status.setFile(next.path().toString());
        next.notices().forEach(status::warn);
        settings.addRecent(next.path());
        refresh();
        selectFirst();
    }

    /** After an import: the imported lines come in closed like any new line; select something if nothing is. */
    private void replaced() {
        refresh();
        selectFirst();
    }

    private void selectFirst() {
        if (tree.selectedNodeProperty().get() == null && !tree.view().getRoot().getChildren().isEmpty()) {
            tree.view().getSelectionModel().select(0);
        }
    }

    private void refresh() {
        NotebookSession s = session.get();
        Outline outline = s == null ? new Outline(List.of()) : s.outline();
        if (s != null && !search.text().isEmpty()) {
            searching.update(search.text());
        }
        tree.show(outline);
        showSelected();
    }

    private void showSelected() {
        NotebookSession s = session.get();
        editor.show(s == null ? null : s.outline(), s == null ? null : tree.selectedNodeProperty().get());
    }

    private void applyAppearance() {
        Appearance.apply(scene, options.darkTheme().get(), options.fontSize().get());
        editor.preview().setDarkTheme(options.darkTheme().get());
        editor.preview().setFontSize(options.fontSize().get());
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

    public ViewOptions options() {
        return options;
    }

    /** Quits: stores everything, closes the notebook and ends the application. */
    public void quit() {
        shutdown();
        stage.close();
        Platform.exit();
    }

    /** What the menus do; tests call it as the menus would. */
    WindowCommands commands() {
        return commands;
    }

    Stage stage() {
        return stage;
    }

    Settings settings() {
        return settings;
    }

    NotebookEdits edits() {
        return edits;
    }

    NodeClipboard clipboard() {
        return clipboard;
    }

    NotebookFiles files() {
        return files;
    }

    SearchBar search() {
        return search;
    }

    ObjectProperty<NotebookSession> sessionProperty() {
        return session;
    }

    ObservableBooleanValue canUndoProperty() {
        return canUndo;
    }

    ObservableBooleanValue canRedoProperty() {
        return canRedo;
    }
}
