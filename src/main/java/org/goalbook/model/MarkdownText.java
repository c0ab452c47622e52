package org.goalbook.model;

import java.util.regex.Pattern;

/** Small, pure helpers for showing a line of Markdown as plain text. */
public final class MarkdownText {
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|~~|`)(?=\\S)(.+?)(?<=\\S)\\1");

    private MarkdownText() {
    }

    /** "[**Quarkus**](https://quarkus.io/): fast" becomes "Quarkus: fast". */
    public static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        if (!marked(markdown)) {
            // Most names carry no Markdown; the regexes cost more than the rest of a search or a history.
            return markdown.strip();
        }
        String s = LINK.matcher(markdown).replaceAll("$1");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        return s.strip();
    }

    /** Whether the text holds a character that starts a link or an emphasis; without one neither pattern matches. */
    private static boolean marked(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '[', '*', '_', '~', '`' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
