package org.goalbook.clip;

import java.util.regex.Pattern;

/** How newsletters mark paid entries: "StackHawk sponsors Devops Weekly", "Sponsored", "[Ad]", "Partner". */
final class SponsorWords {
    private static final Pattern SPONSOR = Pattern.compile(
            "(?i)\\b(sponsors?|sponsored( by)?|sponsorship|advertisement|advertis(ing|er)|promoted|paid (post|partner)"
                    + "|partner content|presented by|brought to you by)\\b|^\\W*\\[?(ad|sponsor)\\]?\\W*:?\\s");

    private SponsorWords() {
    }

    /** Whether a heading, label or CSS class marks what follows as paid. */
    static boolean mark(String text) {
        return text != null && SPONSOR.matcher(text).find();
    }
}
