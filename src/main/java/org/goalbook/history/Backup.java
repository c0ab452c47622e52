package org.goalbook.history;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup file in a notebook's backups folder. Its name says when it was made and why
 * ({@code 2026-12-02_09-15-04_daily.goalbook}), so the folder sorts by time and the names survive a copy that loses
 * the files' times.
 *
 * @param file the file
 * @param made when it was made, local time of the machine that made it
 * @param kind why it was made
 */
public record Backup(Path file, LocalDateTime made, BackupKind kind) {
    static final String EXTENSION = ".goalbook";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd_HH-mm-ss");
    private static final Pattern NAME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})_([a-z-]+?)(?:-(\\d+))?\\.goalbook");

    /** The backup a file of the folder is, or empty for any other file (which the folder leaves alone). */
    static Optional<Backup> of(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        for (BackupKind kind : BackupKind.values()) {
            if (kind.word().equals(m.group(2))) {
                try {
                    return Optional.of(new Backup(file, LocalDateTime.parse(m.group(1), STAMP), kind));
                } catch (java.time.DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The file name of a backup made at {@code made}; {@code n} above 1 tells apart two made in the same second. */
    static String name(LocalDateTime made, BackupKind kind, int n) {
        return STAMP.format(made) + "_" + kind.word() + (n > 1 ? "-" + n : "") + EXTENSION;
    }

    /** The file's name, which {@code goalbook restore} accepts as it is. */
    public String name() {
        return file.getFileName().toString();
    }
}
