package org.goalbook.cli;

import java.nio.file.Path;

/** The notebook Goalbook opens when none is named: created on first start with a small example plan. */
public final class DefaultNotebook {
    private DefaultNotebook() {
    }

    /** Creates the notebook at {@code file} with the example plan if no file is there yet; otherwise does nothing. */
    public static void ensureExists(Path file) {
        // TODO(lead): fill with the example plan through JournalImporter once it lands.
    }
}
