package org.goalbook.clip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndFeed;
import org.goalbook.model.InboxEntry;

/**
 * What one newsletter issue, feed, e-mail, page or single link gives the inbox: its source name and its entries,
 * not stored yet. The readers are chosen from the name's extension and the text itself.
 *
 * @param source  the issue's name ("DevOps Weekly", the feed's title, the e-mail's subject), as each entry has it
 * @param entries the entries in the issue's order, at least one
 */
public record Clipping(String source, List<InboxEntry> entries) {
    /** Larger input is refused: no newsletter is that long, and reading it would hold the whole file in memory. */
    public static final long LARGEST = 16L * 1024 * 1024;
    private static final Pattern MAIL_HEADER = Pattern.compile(
            "(?i)^(From|To|Subject|Date|Received|Return-Path|Delivered-To|MIME-Version|Message-ID|X-[\\w-]+): .*");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[[^\\]\\n]+\\]\\(\\s*<?https?://");

    public Clipping {
        entries = List.copyOf(entries);
    }

    /** Reads a file; {@code name} in messages is the path as given. */
    public static Clipping read(Path file) {
        try {
            long size = Files.size(file);
            refuseLarge(file.toString(), size);
            return read(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ClipRefused(file + ": no such file");
        } catch (IOException e) {
            throw new ClipRefused(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads an issue given as bytes.
     *
     * @param name a file name or URL: its extension helps choose the reader, its stem names the source when the
     *             issue does not name itself
     * @throws ClipRefused when the bytes are binary, too large, an unreadable feed or e-mail, or hold no links
     */
    public static Clipping read(String name, byte[] bytes) {
        refuseLarge(name, bytes.length);
        if (looksBinary(bytes)) {
            throw new ClipRefused(name + ": not text (it looks like a binary file)");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String head = text.stripLeading();
        Clipping clipping;
        try {
            clipping = read(name, lower, head, bytes);
        } catch (ClipRefused e) {
            throw e.getMessage().startsWith(name) ? e : new ClipRefused(name + ": " + e.getMessage(), e);
        }
        if (clipping.entries.isEmpty()) {
            throw new ClipRefused(name + ": found no links to clip");
        }
        return clipping;
    }

    private static Clipping read(String name, String lower, String text, byte[] bytes) {
        String stem = stem(name);
        if (lower.endsWith(".eml") || isMail(text)) {
            MailIssue mail = MailIssue.read(bytes);
            IssueEntries entries = new IssueEntries(orElse(mail.subject(), stem), mail.date());
            if (mail.html() != null) {
                HtmlIssue.read(mail.html(), entries);
            } else {
                PlainTextIssue.read(mail.text(), entries);
            }
            return new Clipping(orElse(mail.subject(), stem), entries.entries());
        }
        if (isFeed(lower, text)) {
            SyndFeed feed = FeedIssue.parse(text);
            String source = orElse(feed.getTitle() == null ? "" : feed.getTitle().strip(), stem);
            IssueEntries entries = new IssueEntries(source, FeedIssue.day(feed.getPublishedDate()));
            FeedIssue.read(feed, entries);
            return new Clipping(source, entries.entries());
        }
        if (lower.matches(".*\\.x?html?$") || text.regionMatches(true, 0, "<!doctype html", 0, 14)
                || text.regionMatches(true, 0, "<html", 0, 5)) {
            String source = orElse(HtmlIssue.name(text), stem);
            IssueEntries entries = new IssueEntries(source, null);
            HtmlIssue.read(text, entries);
            return new Clipping(source, entries.entries());
        }
        if (CleanUrl.isWebLink(text.strip())) {
            return link(text.strip(), "", "");
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown") || MARKDOWN_LINK.matcher(text).find()) {
            String source = orElse(MarkdownIssue.name(text), stem);
            IssueEntries entries = new IssueEntries(source, null);
            MarkdownIssue.read(text, entries);
            return new Clipping(source, entries.entries());
        }
        IssueEntries entries = new IssueEntries(stem, null);
        PlainTextIssue.read(text, entries);
        return new Clipping(stem, entries.entries());
    }

    /** One link on its own: a page's title and description when fetched, else named after the link. */
    public static Clipping link(String url, String title, String description) {
        String source = CleanUrl.domain(url);
        IssueEntries entries = new IssueEntries(source, null);
        entries.add(title, List.of(url), description, "", false, LocalDate.now());
        if (entries.entries().isEmpty()) {
            throw new ClipRefused(url + ": not a link to an article (navigation, sharing or tracking)");
        }
        return new Clipping(source, entries.entries());
    }

    /** Whether the bytes are a feed by their start, so that a fetched page can be told from a fetched feed. */
    public static boolean isFeed(String lowerName, String text) {
        String head = text.stripLeading();
        return lowerName.matches(".*\\.(rss|atom|xml)$") || head.startsWith("<?xml") && !head.contains("<html")
                || head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf:RDF");
    }

    /** The same entries under another source name (the user's own name for a newsletter). */
    public Clipping withSource(String newSource) {
        return new Clipping(newSource, entries.stream().map(e -> e.withSource(newSource)).toList());
    }

    static void refuseLarge(String name, long size) {
        if (size > LARGEST) {
            throw new ClipRefused(String.format(Locale.ROOT, "%s: %.1f MB is too large to clip (at most 16 MB)",
                    name, size / 1024.0 / 1024.0));
        }
    }

    /** A NUL byte, or many control characters, in the first 8 KB: no newsletter, feed or e-mail has them. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    private static boolean isMail(String text) {
        String first = text.lines().findFirst().orElse("");
        return MAIL_HEADER.matcher(first).matches() && text.contains("\n\n") | text.contains("\r\n\r\n");
    }

    private static String stem(String name) {
        String n = name.replaceAll("[?#].*$", "").replaceAll("/+$", "");
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
