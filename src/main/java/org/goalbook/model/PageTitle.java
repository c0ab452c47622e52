package org.goalbook.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The name a page goes by: its first heading, or its first line, as plain text of at most 60 characters. */
public final class PageTitle {
    /** An ATX heading line ("### Log"): group 1 the hashes, group 2 the title or null. */
    public static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");

    private PageTitle() {
    }

    /** The title of a page's text ("\n" or "\r\n" line endings). */
    public static String of(String text) {
        // Line by line up to the first that is not blank: a long page is stored on every pause in typing, and
        // splitting all of it to read one line cost the window's thread tens of milliseconds each time.
        for (int start = 0; start <= text.length(); ) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(start, newline > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            if (!line.isBlank()) {
                Matcher m = ATX.matcher(line);
                String title = MarkdownText.plain(m.matches() ? (m.group(2) == null ? "" : m.group(2)) : line.strip());
                return title.length() > 60 ? title.substring(0, 59) + "…" : title;
            }
            start = end + 1;
        }
        return "Untitled page";
    }
}
