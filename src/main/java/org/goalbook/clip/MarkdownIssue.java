package org.goalbook.clip;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/**
 * Reads a Markdown issue: each list item that holds a link ({@code - [title](url) summary}) is an entry under the
 * heading above it; the first level-one heading names the issue.
 */
final class MarkdownIssue {
    private static final Parser PARSER = Parser.builder().extensions(List.of(AutolinkExtension.create())).build();

    private MarkdownIssue() {
    }

    /** The first level-one heading's text, or "" when the issue has none. */
    static String name(String markdown) {
        for (Node n : PARSER.parse(markdown).getDescendants()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                return plain(h);
            }
        }
        return "";
    }

    static void read(String markdown, IssueEntries into) {
        String section = "";
        for (Node n : PARSER.parse(markdown).getDescendants()) {
            if (n instanceof Heading h && h.getLevel() > 1) {
                section = plain(h);
            } else if (n instanceof Paragraph p && p.getParent() instanceof ListItem) {
                item(p, section, into);
            }
        }
    }

    private static void item(Paragraph p, String section, IssueEntries into) {
        String title = null;
        List<String> urls = new ArrayList<>();
        String linkText = "";
        for (Node n : p.getDescendants()) {
            if (n instanceof Link link) {
                urls.add(link.getUrl().toString());
                if (title == null) {
                    linkText = plain(link);
                    title = linkText;
                }
            } else if (n instanceof AutoLink auto) {
                urls.add(auto.getUrl().toString());
                title = title == null ? "" : title;
            }
        }
        if (urls.isEmpty()) {
            return;
        }
        String text = plain(p);
        String summary = linkText.isEmpty() ? text : text.replaceFirst(java.util.regex.Pattern.quote(linkText), "");
        summary = summary.strip().replaceFirst("^[-\u2013\u2014:|]\\s*", "");
        into.add(title, urls, summary, section, SponsorWords.mark(section) || SponsorWords.mark(linkText));
    }

    private static String plain(Node n) {
        return new TextCollectingVisitor().collectAndGetText(n).replaceAll("\\s+", " ").strip();
    }
}
