package org.goalbook.ui.inbox;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.goalbook.clip.CleanUrl;
import org.goalbook.model.InboxEntry;
import org.goalbook.model.Node;

/**
 * The inbox window: new entries (title, domain, section, summary, source) filtered by source and section, triaged
 * with single keys on the selection (E explore, L later, A attach, D dismiss) or the buttons below.
 */
public final class InboxView {
    private final InboxModel model;
    private final Runnable undo;
    private final Stage stage = new Stage();
    private final TableView<InboxEntry> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final Scene scene = new Scene(root, 980, 560);
    private boolean loaded;

    public InboxView(InboxModel model, Window owner, Consumer<Scene> style, Runnable undo) {
        this.model = model;
        this.undo = undo;
        stage.initOwner(owner);
        createView();
        initListeners();
        style.accept(scene);
    }

    public void show() {
        if (!loaded) {
            model.reload(); // from then on the model follows the notebook's changes
            loaded = true;
        }
        stage.show();
        stage.toFront();
        table.requestFocus();
        if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    public void hide() {
        stage.hide();
    }

    public Scene scene() {
        return scene;
    }

    private void createView() {
        stage.setTitle("Inbox \u2014 Goalbook");
        stage.setScene(scene);
        root.getStyleClass().addAll("goalbook", "inbox");
        table.setId("inboxTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No new entries. File \u203a Clip newsletter\u2026 or Ctrl+Shift+V adds some."));
        table.getColumns().add(column("Title", 260, InboxEntry::title));
        table.getColumns().add(column("Domain", 130, e -> CleanUrl.domain(e.url())));
        table.getColumns().add(column("Section", 110, e -> (e.sponsor() ? "Sponsor \u00b7 " : "") + e.section()));
        table.getColumns().add(column("Summary", 330, e -> {
            String known = model.known(e);
            return known == null ? e.summary() : "Known: " + known + ". " + e.summary();
        }));
        table.getColumns().add(column("Source", 120, InboxEntry::source));
        table.setItems(model.shown());

        ComboBox<String> source = combo("inboxSource", model.sources());
        source.valueProperty().bindBidirectional(model.source());
        ComboBox<String> section = combo("inboxSection", model.sections());
        section.valueProperty().bindBidirectional(model.section());
        Label count = new Label();
        count.setId("inboxCount");
        count.textProperty().bind(model.count());
        HBox filters = new HBox(new Label("Source"), source, new Label("Section"), section, count);
        filters.getStyleClass().add("inbox-bar");

        ComboBox<Node> home = nodeCombo("inboxUnder", model.homes());
        home.valueProperty().bindBidirectional(model.home());
        ComboBox<Node> attachTo = nodeCombo("inboxAttachTo", model.items());
        attachTo.valueProperty().bindBidirectional(model.attachTo());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(
                button("inboxExplore", "Explore (E)", () -> triage(model::explore)), new Label("under"), home,
                button("inboxLater", "Later (L)", () -> triage(model::later)),
                button("inboxAttach", "Attach (A)", () -> triage(model::attach)), new Label("to"), attachTo,
                button("inboxDismiss", "Dismiss (D)", () -> triage(model::dismiss)), gap);
        actions.getStyleClass().add("inbox-bar");
        Label message = new Label();
        message.setId("inboxMessage");
        message.textProperty().bind(model.message());
        message.getStyleClass().add("inbox-message");
        root.setTop(filters);
        root.setCenter(table);
        root.setBottom(new VBox(actions, message));
    }

    private void initListeners() {
        table.setOnKeyPressed(e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            Consumer<List<InboxEntry>> action = switch (e.getCode()) {
                case E -> model::explore;
                case L -> model::later;
                case A -> model::attach;
                case D -> model::dismiss;
                default -> null;
            };
            if (action != null) {
                triage(action);
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> model.suggestHome(is));
        model.putBack().addListener((obs, was, is) -> select(is));
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Z"), undo::run);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
    }

    /**
     * Triages the selection; once its entries left the list, the entry after them is selected where they stood (the
     * rows around keep their place), so a row of single keys works down the list.
     */
    private void triage(Consumer<List<InboxEntry>> action) {
        List<InboxEntry> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        int at = table.getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).min().orElse(-1);
        int before = table.getItems().size();
        action.accept(chosen);
        int left = table.getItems().size();
        if (left < before && at >= 0) {
            if (left == 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(Math.min(at, left - 1));
                table.getFocusModel().focus(Math.min(at, left - 1));
            }
        }
    }

    /** Selects the entries an undo put back, and shows the first if it is out of sight. */
    private void select(List<InboxEntry> entries) {
        List<Integer> rows = entries.stream().map(table.getItems()::indexOf).filter(i -> i >= 0).toList();
        if (rows.isEmpty()) {
            return;
        }
        table.getSelectionModel().clearSelection();
        rows.forEach(table.getSelectionModel()::select);
        table.getFocusModel().focus(rows.get(0));
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (first == null || last == null || rows.get(0) < first.getIndex() || rows.get(0) > last.getIndex()) {
            table.scrollTo(rows.get(0));
        }
    }

    private static TableColumn<InboxEntry, String> column(String title, double width,
                                                          java.util.function.Function<InboxEntry, String> value) {
        TableColumn<InboxEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static ComboBox<String> combo(String id, javafx.collections.ObservableList<String> items) {
        ComboBox<String> combo = new ComboBox<>(items);
        combo.setId(id);
        return combo;
    }

    private ComboBox<Node> nodeCombo(String id, javafx.collections.ObservableList<Node> nodes) {
        ComboBox<Node> combo = new ComboBox<>(nodes);
        combo.setId(id);
        combo.setPrefWidth(200);
        combo.setCellFactory(list -> new NodeCell());
        combo.setOnShowing(e -> model.refreshChoices());
        combo.setButtonCell(new NodeCell());
        return combo;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A node by its name and id, as `goalbook list` shows it. */
    private static final class NodeCell extends ListCell<Node> {
        @Override
        protected void updateItem(Node node, boolean empty) {
            super.updateItem(node, empty);
            setText(empty || node == null ? null : node.displayName() + "  #" + node.id());
        }
    }
}
