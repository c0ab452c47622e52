package org.goalbook.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The user's real journal and newsletter in ../shared/fixtures; tests that need them are skipped where absent. */
public final class SharedFixtures {
    private SharedFixtures() {
    }

    public static Path path(String name) {
        String dir = System.getProperty("goalbook.shared.dir", "../shared");
        Path file = Path.of(dir, "fixtures", name);
        assumeTrue(Files.isRegularFile(file), "shared fixture " + file + " is absent; test skipped");
        return file;
    }

    public static String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String journal() {
        return text("journal-2022.md");
    }
}
