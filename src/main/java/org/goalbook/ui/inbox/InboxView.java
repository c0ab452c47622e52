package org.goalbook.ui.inbox;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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

    public InboxView(InboxModel model, Window owner, Consumer<Scene> style, Runnable undo) {
        this.model = model;
        this.undo = undo;
        stage.initOwner(owner);
        createView();
        initListeners();
        style.accept(scene);
    }

    public void show() {
        model.reload();
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
        HBox filters = new HBox(new Label("Source"), source, new Label("Section"), section);
        filters.getStyleClass().add("inbox-bar");

        ComboBox<Node> home = nodeCombo("inboxUnder", model.homes());
        home.valueProperty().bindBidirectional(model.home());
        ComboBox<Node> attachTo = nodeCombo("inboxAttachTo", model.items());
        attachTo.valueProperty().bindBidirectional(model.attachTo());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(
                button("inboxExplore", "Explore (E)", () -> model.explore(selected())), new Label("under"), home,
                button("inboxLater", "Later (L)", () -> model.later(selected())),
                button("inboxAttach", "Attach (A)", () -> model.attach(selected())), new Label("to"), attachTo,
                button("inboxDismiss", "Dismiss (D)", () -> model.dismiss(selected())), gap);
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
            List<InboxEntry> chosen = selected();
            int at = table.getSelectionModel().getSelectedIndex();
            Runnable action = switch (e.getCode()) {
                case E -> () -> model.explore(chosen);
                case L -> () -> model.later(chosen);
                case A -> () -> model.attach(chosen);
                case D -> () -> model.dismiss(chosen);
                default -> null;
            };
            if (action != null) {
                action.run();
                e.consume();
                // The next entry is where the triaged one stood, so a row of single keys works down the list.
                if (!table.getItems().isEmpty()) {
                    table.getSelectionModel().clearAndSelect(Math.min(Math.max(at, 0), table.getItems().size() - 1));
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> model.suggestHome(is));
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+Z"), () -> {
            undo.run();
            model.reload();
        });
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
    }

    private List<InboxEntry> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
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

    private static ComboBox<Node> nodeCombo(String id, javafx.collections.ObservableList<Node> nodes) {
        ComboBox<Node> combo = new ComboBox<>(nodes);
        combo.setId(id);
        combo.setPrefWidth(200);
        combo.setCellFactory(list -> new NodeCell());
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
