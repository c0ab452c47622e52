package org.goalbook.markdown;

import java.nio.file.Path;

import org.goalbook.model.Notebook;

/** Reads a journal written in Markdown into a notebook, keeping how every line was written. */
public final class JournalImporter {
    private JournalImporter() {
    }

    /** Reads journal text. Never fails on Markdown it does not understand: that stays a page, exactly as written. */
    public static Notebook read(String text) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Reads a journal file, refusing what is not a journal (missing, a folder, binary, broken UTF-8, too large).
     *
     * @throws JournalException with a message naming the file and the problem
     */
    public static Notebook readFile(Path file) {
        throw new UnsupportedOperationException("TODO");
    }
}
