package org.goalbook.markdown;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The comma lists of a journal: "Maintain: GatsbyJS ✅, React, [Remix](https://remix.run/)". */
final class InlineList {
    static final String DONE_MARK = "\u2705";
    private static final Pattern LINK = Pattern.compile("^\\[([^\\[\\]]*)\\]\\(([^()\\s]*)\\)$");
    private static final Pattern DONE = Pattern.compile("^(.*?)\\s*" + DONE_MARK + "(?:\\s+(\\d{4}-\\d{2}-\\d{2}))?$");

    private InlineList() {
    }

    /** One item of a comma list as read. */
    record Token(String raw, String name, String link, boolean done, LocalDate doneOn) {
    }

    /**
     * Where the list starts in a line's text, after "Name:" and its white space; -1 when the text has no colon outside
     * links and code that is followed by white space and more text.
     */
    static int listStart(String content) {
        int depth = 0;
        boolean code = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '`') {
                code = !code;
            } else if (!code && (c == '[' || c == '(' || c == '<')) {
                depth++;
            } else if (!code && (c == ']' || c == ')' || c == '>') && depth > 0) {
                depth--;
            } else if (!code && depth == 0 && c == ':' && i > 0) {
                int j = i + 1;
                while (j < content.length() && (content.charAt(j) == ' ' || content.charAt(j) == '\t')) {
                    j++;
                }
                if (j > i + 1 && j < content.length()) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** Splits a list at commas outside links, parentheses and code; tokens are trimmed. */
    static List<String> split(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean code = false;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '`') {
                code = !code;
            } else if (!code && (c == '[' || c == '(')) {
                depth++;
            } else if (!code && (c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if (!code && depth == 0 && c == ',') {
                out.add(list.substring(start, i));
                start = i + 1;
            }
        }
        out.add(list.substring(start));
        List<String> trimmed = new ArrayList<>();
        for (String t : out) {
            if (!t.isBlank()) {
                trimmed.add(t.strip());
            }
        }
        return trimmed;
    }

    static Token token(String raw) {
        String text = raw;
        boolean done = false;
        LocalDate doneOn = null;
        Matcher d = DONE.matcher(text);
        if (d.matches()) {
            done = true;
            text = d.group(1);
            doneOn = date(d.group(2));
        }
        Matcher l = LINK.matcher(text);
        if (l.matches() && !l.group(1).isBlank()) {
            return new Token(raw, l.group(1), l.group(2), done, doneOn);
        }
        return new Token(raw, text, null, done, doneOn);
    }

    /** The URL when the whole text is one Markdown link, else null. */
    static String link(String text) {
        Matcher l = LINK.matcher(text);
        return l.matches() && !l.group(1).isBlank() ? l.group(2) : null;
    }

    /** The canonical way to write an item in a comma list. */
    static String write(String name, String link, boolean done, LocalDate doneOn) {
        String text = link != null && !link.isEmpty() ? "[" + name + "](" + link + ")" : name;
        if (done) {
            text += " " + DONE_MARK + (doneOn != null ? " " + doneOn : "");
        }
        return text;
    }

    private static LocalDate date(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
