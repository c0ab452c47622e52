package org.goalbook.markdown.preview;

import java.util.Set;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.ListOptions;

/**
 * Renders a GitHub task item as a list item whose first child is a clickable task box. Replaces flexmark's own
 * renderer, whose boxes are disabled (so a click never arrives) and which nests paragraphs inside a paragraph for
 * loose items.
 */
final class TaskItemRenderer implements NodeRenderer {
    private final PreviewSanitizer sanitizer;
    private final ListOptions listOptions;

    private TaskItemRenderer(PreviewSanitizer sanitizer, ListOptions listOptions) {
        this.sanitizer = sanitizer;
        this.listOptions = listOptions;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TaskListItem.class, this::render));
    }

    private void render(TaskListItem item, NodeRendererContext context, HtmlWriter html) {
        boolean tight = listOptions.isTightListItem(item);
        html.attr("class", item.isItemDoneMarker() ? "task-list-item done" : "task-list-item")
                .withAttr(tight ? CoreNodeRenderer.TIGHT_LIST_ITEM : CoreNodeRenderer.LOOSE_LIST_ITEM)
                .withCondIndent()
                .tagLine("li", () -> {
                    html.raw(sanitizer.taskBox(item.isItemDoneMarker()));
                    context.renderChildren(item);
                });
    }

    static NodeRendererFactory factory(PreviewSanitizer sanitizer) {
        return options -> new TaskItemRenderer(sanitizer, ListOptions.get(options));
    }
}
