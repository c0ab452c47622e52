package org.goalbook.markdown;

import org.goalbook.model.Notebook;

/** Writes a notebook as a journal in Markdown: untouched text as it was imported, edits in the journal's style. */
public final class JournalExporter {
    private JournalExporter() {
    }

    /** The whole notebook. */
    public static String write(Notebook notebook) {
        throw new UnsupportedOperationException("TODO");
    }

    /** One year's section only. */
    public static String writeYear(Notebook notebook, int year) {
        throw new UnsupportedOperationException("TODO");
    }
}
