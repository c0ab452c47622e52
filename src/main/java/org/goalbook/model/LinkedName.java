package org.goalbook.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a skill item's link sits in its name, in the journal's two forms: on its own line the name is the whole
 * Markdown link ({@code [Remix](https://remix.run/)}) and the link is its URL; in a comma list the name is the link's
 * text ({@code Remix}) and the URL is kept apart. Every edit that makes, renames or moves an item goes through here,
 * so that what the app holds is what the importer reads back.
 */
public final class LinkedName {
    private static final Pattern LINK = Pattern.compile("^\\[((?:\\\\.|[^\\[\\]\\\\])*)\\]\\(([^()\\s]*)\\)$");

    private LinkedName() {
    }

    /** The URL when the whole text is one Markdown link with a text, else null. */
    public static String urlOf(String text) {
        Matcher m = LINK.matcher(text);
        return m.matches() && !m.group(1).isBlank() ? m.group(2) : null;
    }

    /** The link's text when the whole text is one Markdown link with a text, else the text itself. */
    public static String textOf(String text) {
        Matcher m = LINK.matcher(text);
        return m.matches() && !m.group(1).isBlank() ? m.group(1) : text;
    }

    /**
     * The name with its link set to {@code url} (blank: the link taken away), as a whole-name Markdown link the
     * journal writes. Refused, naming why, for a URL the link syntax cannot hold.
     */
    public static String withUrl(String name, String url) {
        String text = textOf(name);
        String u = url == null ? "" : url.strip();
        if (u.isEmpty()) {
            return text;
        }
        if (u.chars().anyMatch(c -> Character.isWhitespace(c) || c == '(' || c == ')')) {
            throw new EditRefused("A link cannot hold spaces or parentheses: write them as %20, %28 and %29.");
        }
        // A plain name's brackets would end the link's text early; a link's text has them escaped already.
        String linkText = urlOf(name) != null ? text : text.replace("[", "\\[").replace("]", "\\]");
        return "[" + linkText + "](" + u + ")";
    }

    /** The node with a name as typed: a Markdown link typed as the whole name becomes the node's link. */
    public static Node named(Node n, String name) {
        String url = urlOf(name);
        if (n.inline()) {
            return url != null ? n.withName(textOf(name)).withLink(url) : n.withName(name);
        }
        return n.withName(name).withLink(n.kind().isTickable() ? url : null);
    }

    /** The name and link of an item written in a comma list ({@code inline}) or on its own line. */
    public static Node placed(Node n, boolean inline) {
        if (n.inline() == inline || n.kind() != NodeKind.ITEM) {
            return new Node(n.id(), n.parentId(), n.position(), n.kind(), n.name(), n.stance(), n.done(), n.doneOn(),
                    n.link(), n.notes(), inline, n.source());
        }
        if (inline) {
            String url = n.link() != null ? n.link() : urlOf(n.name());
            return new Node(n.id(), n.parentId(), n.position(), n.kind(), url != null ? textOf(n.name()) : n.name(),
                    n.stance(), n.done(), n.doneOn(), url, n.notes(), true, n.source());
        }
        String name = n.link() == null || urlOf(n.name()) != null ? n.name() : "[" + n.name() + "](" + n.link() + ")";
        return new Node(n.id(), n.parentId(), n.position(), n.kind(), name, n.stance(), n.done(), n.doneOn(),
                urlOf(name), n.notes(), false, n.source());
    }
}
