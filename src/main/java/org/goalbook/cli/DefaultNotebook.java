package org.goalbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.goalbook.markdown.JournalImporter;
import org.goalbook.model.Notebook;
import org.goalbook.store.NotebookException;
import org.goalbook.store.NotebookStore;

/** The notebook Goalbook opens when none is named: created on first start with a small example plan. */
public final class DefaultNotebook {
    private DefaultNotebook() {
    }

    /** Creates the notebook at {@code file} with the example plan if no file is there yet; otherwise does nothing. */
    public static void ensureExists(Path file) {
        if (Files.exists(file)) {
            return;
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new NotebookException(file + ": cannot create its folder (" + e.getMessage() + ")", e);
        }
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(example());
        }
    }

    /** The example plan: a year with strategic goals, two areas with items in all four stances, and a page. */
    public static Notebook example() {
        try (InputStream in = DefaultNotebook.class.getResourceAsStream("example-journal.md")) {
            if (in == null) {
                throw new IllegalStateException("example-journal.md is missing from the build");
            }
            return JournalImporter.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
