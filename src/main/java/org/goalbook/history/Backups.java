package org.goalbook.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.goalbook.store.NotebookCopy;
import org.goalbook.store.NotebookException;
import org.goalbook.store.NotebookStore;

/**
 * The rolling backups of one notebook, in the folder beside it that the user can see
 * ({@code journal.goalbook-backups/} next to {@code journal.goalbook}): made with SQLite's online backup at the first
 * change of each day and before every import and restore, checked when made, and thinned out by {@link Retention}.
 */
public final class Backups {
    static final String FOLDER_SUFFIX = "-backups";

    private final Path folder;
    private final Clock clock;
    private LocalDate checkedDay;

    private Backups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** The backups of the notebook file {@code notebook} (as the store names it: absolute, links resolved). */
    public static Backups of(Path notebook, Clock clock) {
        return new Backups(notebook.resolveSibling(notebook.getFileName() + FOLDER_SUFFIX), clock);
    }

    /** The backups of an open notebook, kept from now on: see {@link #keep}. */
    public static Backups keep(NotebookStore store, Clock clock, Consumer<String> problems) {
        Backups backups = of(store.path(), clock);
        backups.keep(store, problems);
        return backups;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Backs the notebook up before its first change of each day and before every import. A backup that fails is one
     * line to {@code problems}, and the change goes ahead: a broken disk for backups must not stop the user's work.
     */
    public void keep(NotebookStore store, Consumer<String> problems) {
        store.beforeWrites(replacing -> {
            try {
                if (replacing) {
                    make(store, BackupKind.BEFORE_IMPORT);
                    return;
                }
                LocalDate today = LocalDate.now(clock);
                if (today.equals(checkedDay)) {
                    return;
                }
                // Once a day, failed or not: a backup that fails is tried again tomorrow, not at every keystroke.
                checkedDay = today;
                if (list().stream().noneMatch(b -> b.made().toLocalDate().equals(today))) {
                    make(store, BackupKind.DAILY);
                }
            } catch (RuntimeException e) {
                problems.accept("No backup was made (" + e.getMessage() + "); the change was stored all the same.");
            }
        });
    }

    /** The backups in the folder, newest first; other files there are left out (and alone). */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).map(Backup::of).flatMap(Optional::stream).forEach(all::add);
        } catch (IOException e) {
            throw new NotebookException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        // Two made within one second (a restore at the first change of a day) are told apart by the file's time.
        all.sort(Comparator.comparing(Backup::made).thenComparing(Backups::modified).reversed());
        return all;
    }

    /**
     * Makes a backup of the notebook now and thins out the old ones.
     *
     * @throws NotebookException with one line when the folder or the copy cannot be made or the copy fails its check
     */
    public Backup make(NotebookStore store, BackupKind kind) {
        Backup made = makeOnly(store, kind);
        thinOut();
        return made;
    }

    /**
     * Replaces the notebook by a backup (or any notebook file), after backing up the notebook as it is: restoring
     * that backup undoes the restore. Refused, with nothing changed, when that first backup cannot be made.
     *
     * @return the backup that holds the notebook as it was before
     * @throws NotebookException with one line naming the problem; the notebook is unchanged then
     */
    public Backup restore(NotebookStore store, Path source) {
        Backup before;
        try {
            // Not thinned out yet: the file to restore may be the one a new backup pushes out.
            before = makeOnly(store, BackupKind.BEFORE_RESTORE);
        } catch (NotebookException e) {
            throw new NotebookException("Not restored, because the notebook as it is could not be backed up first: "
                    + e.getMessage(), e);
        }
        store.restoreFrom(source);
        thinOut();
        return before;
    }

    /**
     * The file {@code typed} names: a path as it is, else a backup of this folder by its file name.
     *
     * @throws NotebookException when it is neither
     */
    public Path resolve(String typed) {
        Path given = Path.of(typed);
        if (Files.exists(given)) {
            return given;
        }
        Path inFolder = folder.resolve(typed);
        if (given.getNameCount() == 1 && Files.exists(inFolder)) {
            return inFolder;
        }
        throw new NotebookException("No backup " + typed + ": it is neither a file nor a backup in " + folder
                + "; `goalbook backups` lists them");
    }

    /**
     * What a backup holds, read without changing it.
     *
     * @throws NotebookException when it is not a notebook, is damaged or newer
     */
    public static BackupContents contents(Path backup) {
        return BackupContents.of(NotebookCopy.read(backup));
    }

    private static FileTime modified(Backup backup) {
        try {
            return Files.getLastModifiedTime(backup.file());
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private Backup makeOnly(NotebookStore store, BackupKind kind) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new NotebookException("Cannot make the backups folder " + folder + ": " + e.getMessage(), e);
        }
        Path file = folder.resolve(Backup.name(now, kind, 1));
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(Backup.name(now, kind, n));
        }
        store.backUpTo(file);
        return new Backup(file, now, kind);
    }

    private void thinOut() {
        for (Backup old : Retention.toDelete(list())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException ignored) {
                // An old backup left over takes room but loses nothing; the next backup tries again.
            }
        }
    }
}
