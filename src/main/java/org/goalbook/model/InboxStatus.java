package org.goalbook.model;

import java.util.Locale;
import java.util.Optional;

/** Where an inbox entry stands: not looked at yet, or what the user decided to do with it. */
public enum InboxStatus {
    NEW, EXPLORED, LATER, ATTACHED, DISMISSED;

    /** The word the store, the backup and the command line use: "new", "explored", … */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InboxStatus> parse(String word) {
        for (InboxStatus s : values()) {
            if (s.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
