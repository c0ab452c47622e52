package org.goalbook.exchange;

import org.goalbook.model.Notebook;

/** A complete, versioned JSON copy of a notebook, for backup and restore. */
public final class JsonBackup {
    private JsonBackup() {
    }

    public static String write(Notebook notebook) {
        throw new UnsupportedOperationException("TODO");
    }

    /** @throws ExchangeException when the text is not a Goalbook backup or comes from a newer format version */
    public static Notebook read(String json) {
        throw new UnsupportedOperationException("TODO");
    }
}
