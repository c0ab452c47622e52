package org.goalbook.ui;

import java.nio.file.Path;
import java.time.Clock;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.goalbook.ui.clipboard.NodeClipboard;
import org.goalbook.ui.dialogs.FileDialogs;
import org.goalbook.ui.editor.EditorPane;
import org.goalbook.ui.editor.MarkdownPreview;
import org.goalbook.ui.editor.WebPreview;
import org.goalbook.ui.files.NotebookFiles;
import org.goalbook.ui.menu.AppMenuBar;
import org.goalbook.ui.menu.TreeContextMenu;
import org.goalbook.ui.model.ViewOptions;
import org.goalbook.ui.model.WindowModel;
import org.goalbook.ui.preview.LinkOpener;
import org.goalbook.ui.search.SearchBar;
import org.goalbook.ui.inbox.InboxWindow;
import org.goalbook.ui.session.NotebookSession;
import org.goalbook.ui.sync.JournalFollower;
import org.goalbook.ui.radar.YearGlance;
import org.goalbook.ui.tree.GoalTree;

/**
 * The Goalbook window: menus and search on top, the goal tree on the left, the selected node's header, editor and
 * preview on the right, a status line below. Builds and wires the parts; {@link WindowCommands} does what the
 * menus ask.
 */
public final class MainWindow {
    private final Stage stage;
    private final Settings settings;
    private final WindowModel model;
    private final StatusBar status;
    private final GoalTree tree;
    private final NotebookEdits edits;
    /** Made after the first frame (see {@link #startPreviewAfterFirstFrame}); null until then. */
    private EditorPane editor;
    private final LinkOpener links;
    private final NodeClipboard clipboard;
    private final NotebookFiles files;
    private final YearGlance glance;
    private final SearchBar search;
    private final WindowCommands commands;
    private final InboxWindow inbox;
    private final SplitPane split = new SplitPane();
    /** Where the editor stands; it joins the scene after the first frame (see {@link #startPreviewAfterFirstFrame}). */
    private final javafx.scene.layout.StackPane editorPlace = new javafx.scene.layout.StackPane();
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final Clock clock;
    private final JournalFollower journal;

    public MainWindow(Stage stage, Settings settings, FileDialogs dialogs, BackgroundWork work, Clock clock,
                      LinkOpener links) {
        this.stage = stage;
        this.settings = settings;
        this.clock = clock;
        this.model = new WindowModel(new ViewOptions(settings));
        this.status = new StatusBar(model);
        this.edits = new NotebookEdits(model, () -> stage, clock);
        this.tree = new GoalTree(model, edits);
        this.links = links;
        this.clipboard = new NodeClipboard(model, edits);
        this.files = new NotebookFiles(() -> stage, dialogs, work, model, clock);
        this.search = new SearchBar(model);
        this.glance = new YearGlance(model, edits, status, () -> stage);
        this.inbox = new InboxWindow(() -> stage, model.sessionProperty(), dialogs, work, status,
                s -> Appearance.apply(s, options().darkTheme().get(), options().fontSize().get()), edits::undo);
        this.journal = new JournalFollower(model, () -> stage, dialogs, stage.focusedProperty());
        this.commands = new WindowCommands(model, edits, clipboard, files, glance, inbox, settings, stage,
                this::quit, journal);
        this.scene = new Scene(root);
        inbox.clip().acceptDrops(scene);
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
        tree.setContextMenu(() -> TreeContextMenu.create(commands));
        split.setOrientation(Orientation.HORIZONTAL);
        editorPlace.getStyleClass().add("editor-place");
        split.getItems().addAll(tree.node(), editorPlace);
        root.setTop(top);
        root.setCenter(split);
        root.setBottom(status.view());
        root.getStyleClass().add("goalbook");
        applyAppearance();
        stage.setScene(scene);
        stage.setTitle("Goalbook");
        stage.setMinWidth(640);
        stage.setMinHeight(420);
    }

    private void initListeners() {
        ViewOptions options = options();
        model.sessionProperty().addListener((obs, was, is) -> {
            stage.setTitle(is == null ? "Goalbook" : "Goalbook — " + is.path().getFileName());
            if (is != null) {
                settings.addRecent(is.path());
                is.notices().forEach(model::warn);
                // Backups are made before a write, which may run in the background.
                is.onBackupProblem(problem -> Platform.runLater(() -> model.warn(problem)));
                // Typed notes are written on the session's own thread; a failure there is told here.
                is.onNotesNotStored(e -> Platform.runLater(() -> edits.notesNotStored(e)));
            }
        });
        options.darkTheme().addListener((obs, was, is) -> applyAppearance());
        options.fontSize().addListener((obs, was, is) -> applyAppearance());
        stage.setOnCloseRequest(e -> shutdown());
    }

    /** Shows the window where it was last time, with the panes divided as they were. */
    public void show() {
        settings.windowPlace().ifPresentOrElse(remembered -> {
            Rectangle2D screen = Screen.getScreensForRectangle(remembered.x(), remembered.y(), remembered.width(),
                    remembered.height()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
            Settings.WindowPlace p = remembered.within(screen.getMinX(), screen.getMinY(), screen.getWidth(),
                    screen.getHeight());
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
        tree.view().requestFocus();
    }

    /**
     * The first frame shows the tree; the search's year box and the editor (made only now) join the scene in the next
     * one, and the preview's web view is built after that. Expensive nodes late: making the editor loads RichTextFX,
     * about 750 classes, styling and skinning its controls was about a third of the first frame's work, and the year
     * box's skin about a fifth of what was left.
     */
    private void startPreviewAfterFirstFrame() {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // Post-layout runs before this pulse renders; runLater runs after it.
            Platform.runLater(() -> {
                search.showYearBox();
                editorPlace.getChildren().setAll(editor().view());
                Platform.runLater(editor::startPreview);
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Shows a notebook opened already: the first frame then shows its tree. */
    public void open(NotebookSession session) {
        model.open(session);
    }

    /** Opens a notebook now, on this thread: the first frame then shows its tree. */
    public void open(Path file) {
        try {
            model.open(NotebookSession.open(file, clock));
        } catch (RuntimeException e) {
            Platform.runLater(() -> org.goalbook.ui.dialogs.Alerts.error(stage, "Notebook not opened",
                    e.getMessage(), "Open another notebook with File › Open notebook…, or make a new one."));
        }
    }

    private void applyAppearance() {
        ViewOptions options = options();
        Appearance.apply(scene, options.darkTheme().get(), options.fontSize().get());
        if (editor != null) {
            styleEditor();
        }
        inbox.restyle();
    }

    private void styleEditor() {
        editor.preview().setDarkTheme(options().darkTheme().get());
        editor.preview().setFontSize(options().fontSize().get());
    }

    /** Stores pending typing and the window's settings, then closes the notebook. */
    public void shutdown() {
        model.storePending();
        inbox.close();
        if (!stage.isIconified()) {
            settings.setWindowPlace(new Settings.WindowPlace(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        }
        if (split.getDividerPositions().length > 0) {
            settings.setTreeDivider(split.getDividerPositions()[0]);
        }
        if (editor != null && editor.split().getDividerPositions().length > 0) {
            settings.setPreviewDivider(editor.split().getDividerPositions()[0]);
        }
        settings.flush();
        model.open(null);
    }

    public Scene scene() {
        return scene;
    }

    InboxWindow inbox() {
        return inbox;
    }

    public NotebookSession session() {
        return model.session();
    }

    /** What the window shows, as observable state with commands. */
    public WindowModel model() {
        return model;
    }

    /** The linked journal file kept in step while the window is open. */
    public JournalFollower journal() {
        return journal;
    }

    public YearGlance glance() {
        return glance;
    }

    public GoalTree tree() {
        return tree;
    }

    /** The editor, made now if the first frame has not yet been drawn. */
    public EditorPane editor() {
        if (editor == null) {
            editor = new EditorPane(model, edits, createPreview(links), links);
            editor.setPreviewShown(options().previewShown().get());
            options().previewShown().addListener((obs, was, is) -> editor.setPreviewShown(is));
            styleEditor();
            editor.split().setDividerPositions(settings.previewDivider());
        }
        return editor;
    }

    public StatusBar status() {
        return status;
    }

    public ViewOptions options() {
        return model.options();
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
}
