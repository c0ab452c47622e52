package org.goalbook.clip;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a plain-text newsletter: paragraphs separated by blank lines; a paragraph of one short line without a link
 * is a section title ("News", "Tools", "StackHawk sponsors Devops Weekly"); a paragraph ending in bare link lines
 * is an entry, its other lines the summary. Paragraphs without links (the intro) are not entries.
 */
final class PlainTextIssue {
    private static final Pattern BLANK = Pattern.compile("\\R\\s*\\R");
    private static final int LONGEST_TITLE = 60;

    private PlainTextIssue() {
    }

    static void read(String text, IssueEntries into) {
        String section = "";
        for (String block : BLANK.split(text.strip())) {
            List<String> summary = new ArrayList<>();
            List<String> urls = new ArrayList<>();
            for (String line : block.strip().split("\\R")) {
                String l = line.strip();
                if (CleanUrl.isWebLink(l)) {
                    urls.add(l);
                } else if (!l.isEmpty()) {
                    summary.add(l);
                }
            }
            if (urls.isEmpty()) {
                if (summary.size() == 1 && isTitle(summary.get(0))) {
                    section = summary.get(0);
                }
                continue;
            }
            String about = String.join(" ", summary);
            into.add("", urls, about, section, SponsorWords.mark(section) || startsWithSponsorLabel(about));
        }
    }

    /** A short line that does not read as a sentence. */
    private static boolean isTitle(String line) {
        return line.length() <= LONGEST_TITLE && !line.matches(".*[.,;!?]$");
    }

    private static boolean startsWithSponsorLabel(String summary) {
        return summary.matches("(?is)^\\W*(sponsor(ed)?|ad|advertisement)\\W.*");
    }
}
