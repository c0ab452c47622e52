package org.goalbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.sqlite.SQLiteConfig;

/**
 * The notebook file on disk, before the store writes to it: refuses anything that is not a Goalbook notebook without
 * changing a byte of it, and creates new notebooks so that a half-made one never appears under the real name.
 */
final class NotebookFile {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private NotebookFile() {
    }

    /** The path every opener of this notebook agrees on: absolute, symbolic links resolved, folders created. */
    static Path prepare(Path given) {
        Path file = given.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new NotebookException(file + " is a folder, not a notebook");
        }
        Path folder = file.getParent();
        try {
            if (Files.exists(file)) {
                file = file.toRealPath();
                folder = file.getParent();
            } else {
                Files.createDirectories(folder);
                file = folder.toRealPath().resolve(file.getFileName());
            }
        } catch (IOException e) {
            throw new NotebookException("Cannot open " + file + ": " + reason(e), e);
        }
        // SQLite's write-ahead log and the lock file live next to the notebook, so the folder must be writable.
        if (!Files.isWritable(folder)) {
            throw new NotebookException("Cannot open " + file + ": the folder " + folder + " cannot be written");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new NotebookException("Cannot open " + file + ": the file is read-only");
        }
        return file;
    }

    /** Refuses a file that is not a notebook this Goalbook can open. Reads only; never changes the file. */
    static void inspect(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw new NotebookException(file + " is an empty file, not a Goalbook notebook");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SQLITE_MAGIC.length);
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new NotebookException(file + " is not a Goalbook notebook (it is not an SQLite database)");
            }
        } catch (IOException e) {
            throw new NotebookException("Cannot read " + file + ": " + reason(e), e);
        }
        try (Connection connection = connect(file, true, null)) {
            if (Migrations.applicationId(connection) != Migrations.APPLICATION_ID) {
                throw new NotebookException(file + " is an SQLite database of another program, not a Goalbook notebook");
            }
            int version = Migrations.userVersion(connection);
            if (version > Migrations.latest()) {
                throw new NotebookException(file + " was made by a newer Goalbook (schema " + version
                        + "; this version reads up to " + Migrations.latest() + ")");
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                rows.next();
            }
        } catch (SQLException e) {
            throw new NotebookException(file + " cannot be read as a notebook: " + reason(e), e);
        }
    }

    /**
     * Makes a new, empty notebook at {@code file}, which must not exist: built under a temporary name and moved into
     * place once complete, so a crash never leaves an empty file that the next start would refuse as foreign.
     */
    static void create(Path file) {
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".new");
            // Rollback journal while building: once closed, everything is in the one file that gets moved.
            try (Connection connection = connect(temp, false, null)) {
                Migrations.upgrade(connection);
            }
            Files.move(temp, file);
            syncFolder(file.getParent());
        } catch (IOException | SQLException e) {
            throw new NotebookException("Cannot create the notebook " + file + ": " + reason(e), e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
                deleteQuietly(temp.resolveSibling(temp.getFileName() + "-journal"));
            }
        }
    }

    /**
     * A connection with foreign keys on. {@code durability} null: rollback journal, for building a new file;
     * otherwise write-ahead log with the given synchronous setting.
     */
    static Connection connect(Path file, boolean readOnly, Durability durability) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        if (!readOnly) {
            config.setJournalMode(durability == null ? SQLiteConfig.JournalMode.DELETE : SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(durability == null || durability == Durability.FULL
                    ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    /** SQLite's and the OS's messages, first line only: the user sees one line. */
    static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            message = "no such file or folder " + message;
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            message = "permission denied for " + message;
        }
        return message.lines().findFirst().orElse(message).strip();
    }

    /** Makes the new directory entry itself durable; not possible on every platform, hence best effort. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a folder this way; NTFS journals the rename itself.
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A stray hidden temporary file is harmless; the notebook itself is already in place or was never made.
        }
    }
}
