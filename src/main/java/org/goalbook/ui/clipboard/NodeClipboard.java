package org.goalbook.ui.clipboard;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import org.goalbook.markdown.ListPaste;
import org.goalbook.markdown.MarkdownList;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.ui.NotebookEdits;
import org.goalbook.ui.StatusBar;
import org.goalbook.ui.session.NotebookSession;
import org.goalbook.ui.tree.GoalTree;

/** Cut, copy and paste of tree lines through the system clipboard, as Markdown any editor understands. */
public final class NodeClipboard {
    private final Supplier<NotebookSession> session;
    private final GoalTree tree;
    private final NotebookEdits edits;
    private final StatusBar status;

    public NodeClipboard(Supplier<NotebookSession> session, GoalTree tree, NotebookEdits edits, StatusBar status) {
        this.session = session;
        this.tree = tree;
        this.edits = edits;
        this.status = status;
    }

    public void copy() {
        Node n = selected();
        if (n == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(MarkdownList.copy(session.get().outline(), n.id()));
        Clipboard.getSystemClipboard().setContent(content);
        status.info("Copied \"" + n.displayName() + "\" as Markdown.");
    }

    public void cut() {
        Node n = selected();
        if (n == null) {
            return;
        }
        copy();
        edits.delete(n.id());
    }

    /** Adds the clipboard's list inside the selected heading, area or topic, or after the selected goal or item. */
    public void paste() {
        Node n = selected();
        if (n == null) {
            status.warn("Select where to paste: a heading, an area, a topic, or the item to paste after.");
            return;
        }
        String text = Clipboard.getSystemClipboard().getString();
        Outline outline = session.get().outline();
        boolean inside = !n.kind().isTickable() && n.kind() != NodeKind.PAGE;
        long parentId = inside ? n.id() : n.parentId();
        int index = inside ? -1 : outline.children(parentId).indexOf(n) + 1;
        List<Long> created = edits.edit(o -> ListPaste.plan(o, parentId, index, text));
        if (created != null && !created.isEmpty()) {
            tree.select(created.stream().filter(id -> session.get().outline().find(id)
                    .map(c -> c.kind() != NodeKind.STANCE_LINE).orElse(false)).findFirst().orElse(created.get(0)));
            status.info("Pasted " + created.size() + (created.size() == 1 ? " line." : " lines."));
        }
    }

    private Node selected() {
        return session.get() == null ? null : tree.selectedNodeProperty().get();
    }
}
