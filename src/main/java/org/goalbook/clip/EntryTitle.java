package org.goalbook.clip;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An entry's title when the issue gave none: {@code owner/repo} for a GitHub link, else the summary's subject. */
final class EntryTitle {
    private static final Pattern GITHUB = Pattern.compile("(?i)^https?://(www\\.)?github\\.com/([^/?#]+)/([^/?#]+)");
    private static final int LONGEST = 80;

    private EntryTitle() {
    }

    static String of(String linkText, List<String> urls, String summary) {
        String text = linkText == null ? "" : linkText.strip().replaceAll("\\s+", " ");
        if (!text.isEmpty() && !CleanUrl.isWebLink(text)) {
            return text;
        }
        for (String url : urls) {
            Matcher m = GITHUB.matcher(url);
            if (m.find()) {
                return m.group(2) + "/" + m.group(3).replaceFirst("\\.git$", "");
            }
        }
        String subject = subject(summary);
        if (!subject.isEmpty()) {
            return subject;
        }
        return urls.isEmpty() ? "" : CleanUrl.domain(urls.get(0));
    }

    /** The summary's first clause: up to the first full stop, comma, semicolon, colon or dash, at most 80 letters. */
    static String subject(String summary) {
        String s = summary == null ? "" : summary.strip().replaceAll("\\s+", " ");
        Matcher end = Pattern.compile("[.!?](\\s|$)|[,;:](\\s)|\\s[\u2013\u2014-]\\s").matcher(s);
        if (end.find()) {
            s = s.substring(0, end.start());
        }
        if (s.length() > LONGEST) {
            int cut = s.lastIndexOf(' ', LONGEST - 1);
            s = s.substring(0, cut > 0 ? cut : LONGEST - 1) + "\u2026";
        }
        return s;
    }
}
