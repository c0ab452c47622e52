package org.goalbook.ui.editor;

import java.net.URI;
import java.net.URISyntaxException;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import org.goalbook.model.EditRefused;
import org.goalbook.model.LinkedName;
import org.goalbook.model.Node;
import org.goalbook.ui.dialogs.Alerts;
import org.goalbook.ui.preview.LinkOpener;

/**
 * A goal's or item's link in the editor header: "↗ remix.run" opens it in the browser, "Link…" changes or removes
 * it. In the journal the link is the name written as a Markdown link, so a change is a rename.
 */
final class ItemLink {
    private static final int SHOWN_CHARS = 40;

    private final Hyperlink open = new Hyperlink();
    private final Tooltip whereTo = new Tooltip();
    private final Button edit = new Button("Link…");
    private final HBox view = new HBox(open, edit);
    private final EditorCommands commands;
    private Node shown;

    ItemLink(LinkOpener links, EditorCommands commands) {
        this.commands = commands;
        open.setId(EditorPane.LINK_ID);
        open.getStyleClass().add("item-link");
        open.setOnAction(e -> {
            if (shown != null && shown.link() != null) {
                links.open(shown.link());
            }
        });
        edit.setId(EditorPane.LINK_EDIT_ID);
        edit.getStyleClass().add("item-link-edit");
        edit.setFocusTraversable(false);
        edit.setOnAction(e -> editLink());
        // Like the stance box and the Done box: the path shortens first.
        view.setMinWidth(Region.USE_PREF_SIZE);
        view.setAlignment(Pos.CENTER_LEFT);
        view.getStyleClass().add("item-link-box");
        show(null);
    }

    HBox view() {
        return view;
    }

    /** Shows the link of {@code node}; only goals and items carry one. */
    void show(Node node) {
        shown = node != null && node.kind().isTickable() ? node : null;
        boolean linked = shown != null && shown.link() != null;
        view.setVisible(shown != null);
        view.setManaged(shown != null);
        open.setVisible(linked);
        open.setManaged(linked);
        open.setText(linked ? "↗ " + shortly(shown.link()) : "");
        whereTo.setText(linked ? "Open " + shown.link() + " in the browser" : "");
        open.setTooltip(linked ? whereTo : null);
        edit.setText(linked ? "Edit…" : "Link…");
    }

    /** "remix.run/docs" for https://remix.run/docs/: the host and path, cut to a length that fits the header. */
    static String shortly(String url) {
        String s = url;
        try {
            URI uri = new URI(url);
            if (uri.getHost() != null) {
                String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
                s = uri.getHost().replaceFirst("^www\\.", "") + path;
            }
        } catch (URISyntaxException e) {
            // shown as written
        }
        return s.length() <= SHOWN_CHARS ? s : s.substring(0, SHOWN_CHARS - 1) + "…";
    }

    private void editLink() {
        Node node = shown;
        if (node == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(node.link() == null ? "" : node.link());
        dialog.initOwner(view.getScene().getWindow());
        dialog.setTitle("Link");
        dialog.setHeaderText("The link of “" + LinkedName.textOf(node.name()) + "” (empty: no link)");
        dialog.getEditor().setPrefColumnCount(40);
        dialog.showAndWait().ifPresent(url -> {
            try {
                commands.rename(node.id(), LinkedName.withUrl(node.name(), url));
            } catch (EditRefused refused) {
                Alerts.error(view.getScene().getWindow(), "Link not changed", refused.getMessage(),
                        "Change the link and try again.");
            }
        });
    }
}
