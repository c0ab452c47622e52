package org.goalbook.markdown;

import java.util.List;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/**
 * The first paragraph of a skill item's Markdown notes as one line of plain text, for a radar blip's description
 * (in the exported files and the window's tooltip).
 * Headings are skipped and a list counts by its first item, so "## Notes\n- hooks course" gives "hooks course".
 */
public final class FirstParagraph {
    // Parsing is the only way to get links, emphasis, escapes and list markers right; a parser is safe to share.
    private static final Parser PARSER = Parser.builder().extensions(List.of(TaskListExtension.create())).build();

    private FirstParagraph() {
    }

    /** The plain text of the notes' first paragraph, whitespace collapsed; "" when the notes have none. */
    public static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        for (Node n : PARSER.parse(markdown).getDescendants()) {
            if (n instanceof Paragraph) {
                String text = new TextCollectingVisitor().collectAndGetText(n).replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
