package org.goalbook.model;

import java.util.Locale;
import java.util.Optional;

/** How the user means to spend time on a skill this year; lines up with a technology radar's rings. */
public enum Stance {
    MAINTAIN("Maintain", "Adopt"),
    IMPROVE("Improve", "Trial"),
    EXPLORE("Explore", "Assess"),
    SKIP("Skip", "Hold");

    private final String label;
    private final String ring;

    Stance(String label, String ring) {
        this.label = label;
        this.ring = ring;
    }

    /** The word the journal writes, e.g. "Maintain". */
    public String label() {
        return label;
    }

    /** The technology-radar ring this stance corresponds to, e.g. "Adopt". */
    public String ring() {
        return ring;
    }

    /** Reads a stance word as written in a journal or typed on the command line; radar ring names count too. */
    public static Optional<Stance> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (Stance s : values()) {
            if (s.label.toLowerCase(Locale.ROOT).equals(w) || s.ring.toLowerCase(Locale.ROOT).equals(w)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
