package org.goalbook.ui.clipboard;

import java.util.List;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import org.goalbook.markdown.ListPaste;
import org.goalbook.markdown.MarkdownList;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.ui.NotebookEdits;
import org.goalbook.ui.model.WindowModel;

/** Cut, copy and paste of tree lines through the system clipboard, as Markdown any editor understands. */
public final class NodeClipboard {
    private final WindowModel model;
    private final NotebookEdits edits;

    public NodeClipboard(WindowModel model, NotebookEdits edits) {
        this.model = model;
        this.edits = edits;
    }

    public void copy() {
        Node n = selected();
        if (n == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(MarkdownList.copy(model.outline(), n.id()));
        Clipboard.getSystemClipboard().setContent(content);
        model.info("Copied \"" + n.displayName() + "\" as Markdown.");
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
            model.warn("Select where to paste: a heading, an area, a topic, or the item to paste after.");
            return;
        }
        String text = Clipboard.getSystemClipboard().getString();
        Outline outline = model.outline();
        boolean inside = !n.kind().isTickable() && n.kind() != NodeKind.PAGE;
        long parentId = inside ? n.id() : n.parentId();
        int index = inside ? -1 : outline.children(parentId).indexOf(n) + 1;
        List<Long> created = edits.edit(o -> ListPaste.plan(o, parentId, index, text));
        if (created != null && !created.isEmpty()) {
            model.select(created.stream().filter(id -> model.outline().find(id)
                    .map(c -> c.kind() != NodeKind.STANCE_LINE).orElse(false)).findFirst().orElse(created.get(0)));
            model.info("Pasted " + created.size() + (created.size() == 1 ? " line." : " lines."));
        }
    }

    private Node selected() {
        return model.session() == null ? null : model.selected();
    }
}
