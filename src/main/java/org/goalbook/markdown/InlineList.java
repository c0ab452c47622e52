package org.goalbook.markdown;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goalbook.model.LinkedName;

/** The comma lists of a journal: "Maintain: GatsbyJS ✅, React, [Remix](https://remix.run/)". */
final class InlineList {
    static final String DONE_MARK = "\u2705";
    private static final String DONE_ENTITY = "&#x2705;";
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
            if (c == '\\' && !code) {
                i++;
            } else if (c == '`') {
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
            if (c == '\\' && !code) {
                i++;
            } else if (c == '`') {
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
        return new Token(raw, unescape(LinkedName.textOf(text)), LinkedName.urlOf(text), done, doneOn);
    }

    /**
     * The canonical way to write an item in a comma list. A name that would not read back as itself (a comma, an
     * unclosed bracket or backtick, a check mark, a link of its own) is written with Markdown escapes, which a
     * Markdown reader shows as the plain characters.
     */
    static String write(String name, String link, boolean done, LocalDate doneOn) {
        if (link != null && link.equals(LinkedName.urlOf(name))) {
            return write(LinkedName.textOf(name), link, done, doneOn); // pasted before names and links were apart
        }
        String plain = token(name, link, done, doneOn);
        if (readsBack(plain, name, link, done, doneOn)) {
            return plain;
        }
        return token(escape(name), link, done, doneOn);
    }

    private static String token(String name, String link, boolean done, LocalDate doneOn) {
        String text = link != null && !link.isEmpty() ? "[" + name + "](" + link + ")" : name;
        if (done) {
            text += " " + DONE_MARK + (doneOn != null ? " " + doneOn : "");
        }
        return text;
    }

    private static boolean readsBack(String written, String name, String link, boolean done, LocalDate doneOn) {
        // Followed by another item, so that an unclosed bracket or backtick cannot swallow the commas after it.
        List<String> parts = split(written + ", x");
        if (parts.size() != 2 || !parts.get(0).equals(written)) {
            return false;
        }
        Token t = token(written);
        return t.name().equals(name) && java.util.Objects.equals(t.link(), link == null || link.isEmpty() ? null : link)
                && t.done() == done && java.util.Objects.equals(t.doneOn(), done ? doneOn : null);
    }

    /** Backslash before every ASCII punctuation character, the check mark as an HTML entity. */
    static String escape(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isAsciiPunctuation(c)) {
                out.append('\\').append(c);
            } else if (DONE_MARK.charAt(0) == c) {
                out.append(DONE_ENTITY);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Reads the escapes {@link #escape} writes (and any other backslash escape a Markdown author wrote). */
    static String unescape(String text) {
        if (text.indexOf('\\') < 0 && !text.contains(DONE_ENTITY)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                out.append(text.charAt(++i));
            } else if (text.startsWith(DONE_ENTITY, i)) {
                out.append(DONE_MARK);
                i += DONE_ENTITY.length() - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
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
