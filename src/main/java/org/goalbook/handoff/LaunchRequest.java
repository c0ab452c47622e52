package org.goalbook.handoff;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a second launch of Goalbook asks the running one: show yourself, on the notebook it was started on. Written
 * on the wire as {@code open <absolute path>}; the answer is {@code shown}. The window socket (another notebook)
 * first answers {@code asking} while the user decides, then {@code shown} or {@code own} (open your own window).
 */
public record LaunchRequest(Path notebook) {
    private static final String OPEN = "open ";
    static final String SHOWN = "shown";
    static final String ASKING = "asking";
    static final String OWN = "own";

    String line() {
        return OPEN + notebook;
    }

    static Optional<LaunchRequest> parse(String line) {
        if (!line.startsWith(OPEN) || line.length() == OPEN.length()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(line.substring(OPEN.length()));
            return path.isAbsolute() ? Optional.of(new LaunchRequest(path)) : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }
}
