package org.goalbook.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goalbook.model.PageTitle;

/** An ATX heading line ("### My Goals in 2022"): its level and its text. */
record Heading(int level, String title) {
    private static final Pattern YEAR = Pattern.compile("(?i)my\\s+goals\\s+in\\s+(\\d{4})\\s*:?");

    static Optional<Heading> parse(String text) {
        Matcher m = PageTitle.ATX.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Heading(m.group(1).length(), m.group(2) == null ? "" : m.group(2).strip()));
    }

    /**
     * A heading that can open a year, a page or a Strategic/Tactical section: one at the start of its line. An
     * indented heading belongs to the list item above it (its notes), as in CommonMark.
     */
    static Optional<Heading> parseSection(String text) {
        return text.startsWith("#") ? parse(text) : Optional.empty();
    }

    /** The year when this heading opens a year's goals ("My Goals in 2022"), else empty. */
    Optional<String> year() {
        Matcher m = YEAR.matcher(title);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String hashes(int level) {
        return "#".repeat(Math.max(1, Math.min(6, level)));
    }
}
