package org.goalbook.ui.editor;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.fxmisc.flowless.VirtualizedScrollPane;

import org.goalbook.markdown.preview.PreviewRenderer;
import org.goalbook.markdown.preview.TaskToggle;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Stance;
import org.goalbook.review.LatestHistory;
import org.goalbook.review.StanceHistory;
import org.goalbook.ui.model.WindowModel;
import org.goalbook.ui.preview.LinkOpener;
import org.goalbook.ui.session.OutlineChange;

/**
 * The right side of the window: a header with the selected node's path, stance and done box, then the Markdown
 * editor for its notes (a page: its whole text) beside the live preview. Typing is stored as it pauses.
 */
public final class EditorPane {
    public static final String EDITOR_ID = "editor";
    public static final String NOTICE_ID = "notesNotice";
    public static final String STANCE_ID = "stanceBox";
    public static final String DONE_ID = "doneBox";
    public static final String BREADCRUMB_ID = "breadcrumb";
    public static final String HISTORY_ID = "stanceHistory";
    public static final String LINK_ID = "itemLink";
    public static final String LINK_EDIT_ID = "itemLinkEdit";
    public static final String PREVIEW_ID = "preview";
    static final String NONE = "None";

    private final WindowModel model;
    private final EditorCommands commands;
    private final MarkdownPreview preview;
    private final BorderPane pane = new BorderPane();
    private final Label breadcrumb = new Label();
    /** The shown node's path; the breadcrumb shows as much of it as fits. */
    private List<String> crumbs = List.of();
    /** Measures a path in the breadcrumb's font. */
    private final javafx.scene.text.Text crumbWidth = new javafx.scene.text.Text();
    /** The selected item's stance in each year: "2022 Explore → 2023 Improve ✓ 2023-05-01". */
    private final Label history = new Label();
    /** What the history line shows, worked out again after a change only as far as the change reaches. */
    private final LatestHistory histories = new LatestHistory();
    private final ComboBox<String> stanceBox = new ComboBox<>();
    private final CheckBox doneBox = new CheckBox("Done");
    /** Virtualised: only the paragraphs on screen are laid out, so a 5 MB page types like a short note. */
    private final NotesArea editor = new NotesArea();
    private final TextBursts bursts = new TextBursts(editor);
    private final MarkdownHighlighting highlighting = new MarkdownHighlighting(editor);
    private final FindBar findBar = new FindBar(editor);
    /** The window search's words, marked in the note while the search has text. */
    private final NoteMatches searchMarks = new NoteMatches(editor, "note-search-match");
    /** Shown in the empty editor: "Notes in Markdown", or why the node cannot hold notes. */
    private final Label placeholder = new Label();
    /** Says why a node cannot hold notes; visible while the editor has focus, unlike a prompt text. */
    private final Label notice = new Label();
    private final SplitPane split = new SplitPane();
    /** Links kept on the shown item (its resources), each opening in the browser. */
    private final ResourceList resources;
    /** The goal's or item's own link, beside its path in the header. */
    private final ItemLink link;
    private final NotesAutosave autosave = new NotesAutosave(this::flush);
    /** Parses a note to find a clicked task box; made on the first click, flexmark is not needed before. */
    private PreviewRenderer renderer;
    private Node shown;
    private boolean loading;
    /** The preview gets text only once the window has shown its first frame (see {@link #startPreview}). */
    private boolean previewStarted;

    public EditorPane(WindowModel model, EditorCommands commands, MarkdownPreview preview, LinkOpener links) {
        this.model = model;
        this.commands = commands;
        this.preview = preview;
        this.resources = new ResourceList(model, links);
        this.link = new ItemLink(links, commands);
        createView();
        initListeners();
        // The window makes the editor after its first frame: by then a node may be selected already.
        if (model.selected() != null) {
            show(model.outline(), model.selected());
        }
    }

    private void createView() {
        breadcrumb.setId(BREADCRUMB_ID);
        breadcrumb.getStyleClass().add("breadcrumb");
        breadcrumb.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(breadcrumb, Priority.ALWAYS);
        breadcrumb.widthProperty().addListener((obs, was, is) -> fitBreadcrumb());
        stanceBox.setId(STANCE_ID);
        stanceBox.setPromptText("Stance");
        stanceBox.getItems().add(NONE);
        for (Stance s : Stance.values()) {
            stanceBox.getItems().add(s.label());
        }
        doneBox.setId(DONE_ID);
        // The header shortens the path, never these two ("…" says nothing).
        doneBox.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        stanceBox.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox header = new HBox(breadcrumb, link.view(), stanceBox, doneBox);
        header.getStyleClass().add("editor-header");
        header.setAlignment(Pos.CENTER_LEFT);

        editor.setId(EDITOR_ID);
        editor.getStyleClass().add("notes-editor");
        editor.setWrapText(true);
        // The caret's line has a band of its own (CaretLine, coloured in CSS by .line-highlighter), not RichTextFX's.
        placeholder.getStyleClass().add("notes-placeholder");
        editor.setPlaceholder(placeholder, Pos.TOP_LEFT);
        preview.view().setId(PREVIEW_ID);
        split.setOrientation(Orientation.HORIZONTAL);
        VirtualizedScrollPane<NotesArea> scroll = new VirtualizedScrollPane<>(editor);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        split.getItems().addAll(new VBox(findBar.view(), scroll), preview.view());
        split.getStyleClass().add("editor-split");

        notice.setId(NOTICE_ID);
        notice.getStyleClass().add("editor-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        history.setId(HISTORY_ID);
        history.getStyleClass().add("history-line");
        pane.setTop(new javafx.scene.layout.VBox(header, history, resources.view(), notice));
        pane.setCenter(split);
        pane.getStyleClass().add("editor-pane");
        show(null, null);
    }

    private void initListeners() {
        model.addPendingWork(this::flush);
        model.selectedProperty().addListener((obs, was, is) -> show(model.outline(), is));
        model.addChangeListener(change -> {
            // A rename above the node changes its path; a tick or stance change its header. Typing is not redrawn.
            if (change.kind() != OutlineChange.Kind.NOTES && shown != null) {
                change.after().find(shown.id()).ifPresent(n -> load(change.after(), n));
            }
        });
        model.onRequest(r -> {
            if (r == WindowModel.Request.FOCUS_NOTES) {
                editor.requestFocus();
            } else if (r == WindowModel.Request.FIND_IN_NOTE && shown != null) {
                findBar.open();
            }
        });
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.request(WindowModel.Request.FOCUS_TREE);
                e.consume();
            }
        });
        bursts.onTyped(() -> {
            if (shown != null) {
                autosave.typed();
            }
        });
        bursts.onEdits(edits -> {
            if (previewStarted) {
                preview.edit(edits);
            }
        });
        bursts.onBurst(() -> {
            if (previewStarted) {
                // Colour the typing while the render thread renders it, then let the preview catch up: both
                // change in the frame that draws the key.
                highlighting.restyleChanged();
                preview.catchUp();
            }
        });
        bursts.onCaret(() -> {
            preview.scrollTo(editor.getCaretPosition());
            editor.showCaretLine();
        });
        stanceBox.valueProperty().addListener((obs, was, is) -> {
            if (!loading && shown != null && is != null) {
                commands.setStance(shown.id(), NONE.equals(is) ? null : Stance.parse(is).orElse(null));
            }
        });
        doneBox.selectedProperty().addListener((obs, was, is) -> {
            if (!loading && shown != null) {
                commands.tick(shown.id(), is);
            }
        });
        preview.setOnTaskToggled(this::toggleTask);
        model.searchText().addListener((obs, was, is) -> markSearch());
    }

    public javafx.scene.Node view() {
        return pane;
    }

    public NotesArea editor() {
        return editor;
    }

    public SplitPane split() {
        return split;
    }

    /**
     * Shows a node (null: nothing). A different node first stores what was typed for the old one; the same node
     * after a refresh keeps the caret and any typing not yet stored.
     */
    private void show(Outline outline, Node node) {
        if (shown != null && (node == null || node.id() != shown.id())) {
            // Stored as notes only: the tree and the selection do not hear of it, so nothing comes back here.
            flush();
        }
        load(outline, node);
    }

    private void showHistory(Outline outline, Node item) {
        Optional<StanceHistory> line = item == null ? Optional.empty() : histories.of(outline, item);
        boolean inYear = line.isPresent();
        history.setText(inYear ? "History: " + line.get().summary() : "");
        history.setVisible(inYear);
        history.setManaged(inYear);
    }

    /** The year and the node always show; the names between them give way first. */
    private void fitBreadcrumb() {
        double room = breadcrumb.getWidth() - breadcrumb.snappedLeftInset() - breadcrumb.snappedRightInset();
        crumbWidth.setFont(breadcrumb.getFont());
        breadcrumb.setText(Breadcrumb.shortened(crumbs, text -> {
            crumbWidth.setText(text);
            return room <= 0 || crumbWidth.getLayoutBounds().getWidth() <= room;
        }));
    }

    private void load(Outline outline, Node node) {
        boolean same = shown != null && node != null && node.id() == shown.id();
        shown = node;
        loading = true;
        try {
            crumbs = node == null ? List.of() : Breadcrumb.names(outline, node.id());
            fitBreadcrumb();
            resources.show(node);
            link.show(node);
            boolean item = node != null && node.kind() == NodeKind.ITEM;
            showHistory(outline, item ? node : null);
            stanceBox.setDisable(!item);
            stanceBox.setValue(!item ? null : node.stance() == null ? NONE : node.stance().label());
            boolean tickable = node != null && node.kind().isTickable();
            doneBox.setVisible(tickable);
            doneBox.setManaged(tickable);
            doneBox.setSelected(tickable && node.done());
            // The day it was ticked is stored and exported ("✅ 2022-05-01"): show it too.
            doneBox.setText(tickable && node.done() && node.doneOn() != null ? "Done " + node.doneOn() : "Done");
            editor.setDisable(node == null);
            // Some nodes have no place for notes in the journal (an area, an item in a comma list): say so where
            // the text would go, and let the user only clear notes such a node somehow has.
            String refusal = node == null ? null : OutlineEdits.notesRefusal(node);
            editor.setEditable(refusal == null || !node.notes().isBlank());
            placeholder.setText(refusal == null ? "Notes in Markdown" : refusal);
            notice.setText(refusal == null ? "" : refusal);
            notice.setVisible(refusal != null);
            notice.setManaged(refusal != null);
            if (!same) {
                String text = node == null ? "" : node.notes();
                findBar.close();
                replaceAll(text, 0);
                markSearch();
                editor.showParagraphAtTop(0);
                showInPreview(text);
            } else if (!autosave.dirty() && !node.notes().equals(editor.getText())) {
                replaceAll(node.notes(), Math.min(editor.getCaretPosition(), node.notes().length()));
                showInPreview(node.notes());
            }
        } finally {
            loading = false;
        }
    }

    /**
     * Puts a text into the editor as the window's own change, not typing. It also clears the editor's own undo:
     * Ctrl+Z never reaches the previous node's text, nor a text the store changed.
     */
    private void replaceAll(String text, int caret) {
        bursts.quietly(() -> {
            editor.replaceText(text);
            highlighting.restyleNow();
            editor.moveTo(caret);
            editor.showCaretLine();
            editor.getUndoManager().forgetHistory();
        });
    }

    /** Marks the window search's words in the note (the tree shows which nodes match, the note where). */
    private void markSearch() {
        String search = model.searchText().get();
        searchMarks.show(search.isEmpty() || shown == null ? java.util.List.of()
                : NoteMatches.wordStarts(editor.getText(), search));
    }

    /** Stores typing not yet stored; called on pauses, on selection change and when the window closes. */
    public void flush() {
        if (shown != null && autosave.dirty()) {
            autosave.clear();
            if (!commands.saveNotes(shown.id(), editor.getText())) {
                autosave.keepPending();
            }
        } else {
            autosave.clear();
        }
    }

    /**
     * Lets the preview start: its first text makes it build its web view, which takes a moment, so the window
     * calls this after its first frame is on screen.
     */
    public void startPreview() {
        previewStarted = true;
        preview.setMarkdown(editor.getText());
    }

    private void showInPreview(String text) {
        if (previewStarted) {
            preview.setMarkdown(text);
        }
    }

    public void setPreviewShown(boolean on) {
        if (on && !split.getItems().contains(preview.view())) {
            split.getItems().add(preview.view());
        } else if (!on) {
            split.getItems().remove(preview.view());
        }
    }

    public MarkdownPreview preview() {
        return preview;
    }

    /**
     * A task box clicked in the preview flips that one character in the text, which is then stored at once. The
     * character is replaced in place, so the text area's own undo can take the click back.
     */
    private void toggleTask(int itemOffset) {
        String text = editor.getText();
        if (shown == null || !editor.isEditable()) {
            return;
        }
        if (renderer == null) {
            renderer = new PreviewRenderer();
        }
        String flipped = TaskToggle.toggle(renderer.parse(text), itemOffset);
        int at = 0;
        while (at < text.length() && text.charAt(at) == flipped.charAt(at)) {
            at++;
        }
        if (at < text.length()) {
            editor.replaceText(at, at + 1, flipped.substring(at, at + 1));
            flush();
        }
    }

    /** The header's controls, for the window to give them tooltips or focus. */
    public List<javafx.scene.Node> headerControls() {
        return List.of(stanceBox, doneBox);
    }
}
