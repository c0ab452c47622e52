package org.goalbook.markdown.preview;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans rendered HTML with an allow-list, so that nothing a note contains can run or fetch anything but web
 * images: unknown elements and every attribute not listed are dropped, links and images pass {@link LinkPolicy},
 * and the only form controls left are the task boxes the renderer wrote itself (proved by a secret token that a
 * note cannot know).
 */
final class PreviewSanitizer {
    static final String TASK_ATTRIBUTE = "data-task";
    private static final String TOKEN_ATTRIBUTE = "data-goalbook-token";

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "colgroup", "col", "thead", "tbody",
                    "tfoot", "tr", "th", "td", "a", "img", "em", "strong", "b", "i", "u", "s", "del", "ins", "strike",
                    "sub", "sup", "small", "mark", "kbd", "samp", "var", "abbr", "cite", "q", "dfn", "span", "div",
                    "details", "summary", "figure", "figcaption", "input")
            .addAttributes(":all", SourceOffsets.ATTRIBUTE, "class", "title", "lang", "dir")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("ol", "start", "type")
            .addAttributes("th", "align", "colspan", "rowspan").addAttributes("td", "align", "colspan", "rowspan")
            .addAttributes("col", "span").addAttributes("colgroup", "span")
            .addAttributes("details", "open")
            .addAttributes("input", "type", "checked", TOKEN_ATTRIBUTE);

    private final String taskToken;

    PreviewSanitizer(String taskToken) {
        this.taskToken = taskToken;
    }

    /** The marker the renderer writes for a task box; only markers carrying this sanitizer's token survive. */
    String taskBox(boolean done) {
        return "<input type=\"checkbox\" class=\"task\" " + TOKEN_ATTRIBUTE + "=\"" + taskToken + "\""
                + (done ? " checked=\"checked\"" : "") + " />";
    }

    RenderedPreview clean(String renderedHtml) {
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(renderedHtml));
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        for (Element link : clean.select("a")) {
            if (!LinkPolicy.isAllowedLink(link.attr("href"))) {
                link.unwrap(); // keep the text, lose the link
            }
        }
        for (Element image : clean.select("img")) {
            if (!LinkPolicy.isAllowedImage(image.attr("src"))) {
                image.replaceWith(new TextNode(image.attr("alt")));
            }
        }
        for (Element input : clean.select("input")) {
            keepOnlyOwnTaskBox(input);
        }
        return RenderedPreview.of(blocks(clean.body()));
    }

    private void keepOnlyOwnTaskBox(Element input) {
        Element item = input.parent();
        int offset = item == null ? -1 : SourceOffsets.start(item.attr(SourceOffsets.ATTRIBUTE));
        if (!taskToken.equals(input.attr(TOKEN_ATTRIBUTE)) || offset < 0) {
            input.remove();
            return;
        }
        input.removeAttr(TOKEN_ATTRIBUTE);
        input.attr(TASK_ATTRIBUTE, Integer.toString(offset));
    }

    private static List<String> blocks(Element body) {
        List<String> blocks = new ArrayList<>();
        for (Node node : body.childNodes()) {
            if (node instanceof TextNode text && text.isBlank()) {
                continue;
            }
            blocks.add(node.outerHtml());
        }
        return blocks;
    }
}
