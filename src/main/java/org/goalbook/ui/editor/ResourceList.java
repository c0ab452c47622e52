package org.goalbook.ui.editor;

import java.util.List;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import org.goalbook.model.Node;
import org.goalbook.model.Resource;
import org.goalbook.ui.model.WindowModel;
import org.goalbook.ui.preview.LinkOpener;

/**
 * The resources attached to the shown node, under the editor header: each a title that opens its link in the system
 * browser (never inside the app), the link itself and its summary. Hidden when the node has none.
 */
final class ResourceList {
    static final String ID = "resources";

    private final WindowModel model;
    private final LinkOpener links;
    private final VBox box = new VBox();
    private Node shown;

    ResourceList(WindowModel model, LinkOpener links) {
        this.model = model;
        this.links = links;
        box.setId(ID);
        box.getStyleClass().add("resource-list");
        // An attach, its undo or an import changes the resources without touching the node: redraw on those too.
        model.resourcesProperty().addListener((obs, was, is) -> show(shown));
        show(null);
    }

    javafx.scene.Node view() {
        return box;
    }

    void show(Node node) {
        shown = node;
        List<Resource> mine = node == null ? List.of()
                : model.resourcesProperty().get().stream().filter(r -> r.nodeId() == node.id()).toList();
        box.getChildren().clear();
        for (Resource r : mine) {
            box.getChildren().add(row(r));
        }
        box.setVisible(!mine.isEmpty());
        box.setManaged(!mine.isEmpty());
    }

    private javafx.scene.Node row(Resource r) {
        Hyperlink title = new Hyperlink(r.title().isBlank() ? r.url() : r.title());
        title.getStyleClass().add("resource-title");
        title.setTooltip(new Tooltip(r.url()));
        title.setOnAction(e -> {
            links.open(r.url());
            title.setVisited(false);
        });
        Label url = new Label(r.url());
        url.getStyleClass().add("resource-url");
        VBox row = new VBox(title, url);
        if (!r.summary().isBlank()) {
            Label summary = new Label(r.summary());
            summary.getStyleClass().add("resource-summary");
            summary.setWrapText(true);
            row.getChildren().add(summary);
        }
        row.getStyleClass().add("resource");
        return row;
    }
}
