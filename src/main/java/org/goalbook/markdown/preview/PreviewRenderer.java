package org.goalbook.markdown.preview;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Turns a note's Markdown into safe preview HTML: flexmark with tables, task lists, strikethrough, autolinks and
 * YAML front matter, every block tagged with its source offsets, then cleaned by an allow-list so that no script
 * from a note can ever run. Parsing and rendering are separate steps so a caller can reuse the syntax tree.
 * Thread-safe: one instance can serve every note.
 */
public final class PreviewRenderer {
    private static final String TOO_DEEP = "<p class=\"preview-error\">This note is nested too deeply to preview.</p>";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PreviewSanitizer sanitizer;
    private final MutableDataSet options = new MutableDataSet();

    public PreviewRenderer() {
        byte[] token = new byte[16];
        new SecureRandom().nextBytes(token);
        sanitizer = new PreviewSanitizer(HexFormat.of().formatHex(token));

        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create(), AutolinkExtension.create(), YamlFrontMatterExtension.create()));
        // Ids like GitHub's, so the journal's own "[Log](#log-lifo)" links find their headings.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        // A soft line break means a space in HTML anyway; some WebKit text paths draw a raw "\n" as a box glyph.
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(SourceOffsets.factory())
                .nodeRendererFactory(FrontMatterTable.factory())
                .nodeRendererFactory(TaskItemRenderer.factory(sanitizer))
                .build();
    }

    /** Parses once; hand the result to {@link #render(ParsedMarkdown)} and to anyone else who needs the tree. */
    public ParsedMarkdown parse(String markdown) {
        String text = markdown == null ? "" : markdown;
        return new ParsedMarkdown(text, parser.parse(text));
    }

    /** Sanitized HTML of a parsed note, split into top-level blocks. */
    public RenderedPreview render(ParsedMarkdown parsed) {
        try {
            return sanitizer.clean(renderer.render(parsed.document()));
        } catch (StackOverflowError e) {
            // A pathological note (thousands of nested quotes or lists) must not take the preview down.
            return RenderedPreview.of(List.of(TOO_DEEP));
        }
    }

    /** Heading ids numbered as this renderer numbers them, for a part of a note rendered on its own. */
    HeadingIds headingIds() {
        return new HeadingIds(options);
    }

    /** Parses and renders in one go: the sanitized HTML body fragment. */
    public String render(String markdown) {
        return renderBlocks(markdown).html();
    }

    /** Parses and renders in one go, keeping the top-level blocks apart. */
    public RenderedPreview renderBlocks(String markdown) {
        try {
            return render(parse(markdown));
        } catch (StackOverflowError e) {
            return RenderedPreview.of(List.of(TOO_DEEP));
        }
    }
}
