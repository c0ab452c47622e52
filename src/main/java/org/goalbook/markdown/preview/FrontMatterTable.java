package org.goalbook.markdown.preview;

import java.util.Set;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Shows a journal's YAML front matter (title, date, tags …) as a small two-column table instead of letting
 * it fall through as a broken paragraph of dashes and colons.
 */
final class FrontMatterTable implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(YamlFrontMatterBlock.class, this::render));
    }

    private void render(YamlFrontMatterBlock block, NodeRendererContext context, HtmlWriter html) {
        html.attr("class", "front-matter").withAttr().tagLine("table", () -> {
            html.tagLine("tbody", () -> {
                for (Node child : block.getChildren()) {
                    if (child instanceof YamlFrontMatterNode entry) {
                        html.tag("tr");
                        html.tag("th").text(entry.getKey()).closeTag("th");
                        html.tag("td").text(String.join(", ", entry.getValues().stream().map(FrontMatterTable::unquoted).toList())).closeTag("td");
                        html.closeTag("tr").line();
                    }
                }
            });
        });
    }

    private static String unquoted(String value) {
        boolean quoted = value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0);
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    static NodeRendererFactory factory() {
        return options -> new FrontMatterTable();
    }
}
