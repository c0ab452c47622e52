package org.goalbook.history;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the time a backup was made is shown, in the command line and the window alike. */
public final class BackupDates {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

    private BackupDates() {
    }

    /** "Mon 30 Nov 2026 08:30". */
    public static String shown(LocalDateTime made) {
        return SHOWN.format(made);
    }
}
