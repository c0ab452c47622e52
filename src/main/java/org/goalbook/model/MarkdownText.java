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
        String s = LINK.matcher(markdown).replaceAll("$1");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        return s.strip();
    }
}
