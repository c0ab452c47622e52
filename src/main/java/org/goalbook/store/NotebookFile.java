package org.goalbook.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sqlite.SQLiteConfig;

/**
 * The notebook file on disk, before the store writes to it: refuses anything that is not a Goalbook notebook without
 * changing a byte of it, and creates new notebooks so that a half-made one never appears under the real name.
 */
final class NotebookFile {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Where SQLite's file format puts these in the database header (sqlite.org/fileformat.html). */
    private static final int HEADER_SIZE = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;
    private static final Pattern SQLITE_MESSAGE = Pattern.compile("\\[SQLITE_\\w+][^(]*\\((.+)\\)");

    private NotebookFile() {
    }

    /** The path every opener of this notebook agrees on: absolute, symbolic links resolved, folders created. */
    static Path prepare(Path given) {
        Path file = given.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new NotebookException(file + " is a folder, not a notebook");
        }
        refuseSpecial(file);
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

    /**
     * Refuses what reading would hang on or creating would trip over: a named pipe, device or socket (reading a pipe
     * waits for a writer forever), and a symbolic link whose target is missing.
     */
    static void refuseSpecial(Path file) {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            String target;
            try {
                target = file.resolveSibling(Files.readSymbolicLink(file)).normalize().toString();
            } catch (IOException e) {
                target = "a missing file";
            }
            throw new NotebookException("Cannot open " + file + ": it is a symbolic link to " + target
                    + ", which does not exist");
        }
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            throw new NotebookException(file + " is " + specialKind(file) + ", not a notebook file");
        }
    }

    /** What kind of special file it is, in the user's words; the file type bits of {@code stat}'s mode. */
    private static String specialKind(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file"; // no "unix" attribute view on this platform
        }
    }

    /**
     * Refuses a file that is not a notebook this Goalbook can open. Reads the 100-byte SQLite header with plain file
     * reads and never lets SQLite near a file that may be foreign: even a read-only SQLite connection would leave
     * {@code -wal} and {@code -shm} files next to another program's WAL database.
     */
    static void inspect(Path file) {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER_SIZE);
        } catch (IOException e) {
            throw new NotebookException("Cannot read " + file + ": " + reason(e), e);
        }
        if (header.length == 0) {
            throw new NotebookException(file + " is an empty file, not a Goalbook notebook");
        }
        if (header.length < HEADER_SIZE || !Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0,
                SQLITE_MAGIC.length)) {
            throw new NotebookException(file + " is not a Goalbook notebook (it is not an SQLite database)");
        }
        ByteBuffer fields = ByteBuffer.wrap(header); // big-endian, as SQLite writes them
        if (fields.getInt(APPLICATION_ID_OFFSET) != Migrations.APPLICATION_ID) {
            throw new NotebookException(file + " is an SQLite database of another program, not a Goalbook notebook");
        }
        refuseNewer(file, fields.getInt(USER_VERSION_OFFSET));
    }

    /**
     * Refuses a schema newer than this Goalbook knows. Checked again once SQLite has the file open, because the
     * header on disk can lag behind a write-ahead log that a newer Goalbook left without a checkpoint.
     */
    static void refuseNewer(Path file, int version) {
        if (version > Migrations.latest()) {
            throw new NotebookException(file + " was made by a newer Goalbook (schema " + version
                    + "; this version reads up to " + Migrations.latest() + ")");
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
            try (Connection connection = connect(temp, null)) {
                Migrations.upgrade(connection);
                NotebookId.ensure(connection);
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
    static Connection connect(Path file, Durability durability) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        config.setSynchronous(durability == null || durability == Durability.FULL
                ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        if (durability == null) {
            config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
            return SqliteConnections.open("jdbc:sqlite:" + file, config.toProperties());
        }
        // Exclusive before the first access: SQLite then keeps the write-ahead log's index in its own memory, so
        // there is no -shm file whose locks a file dialog could drop (docs/decisions/single-writer-lock.md).
        // sqlite-jdbc would set the journal mode before the locking mode, hence by hand, in this order.
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        Connection connection = SqliteConnections.open("jdbc:sqlite:" + file, config.toProperties());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** SQLite's and the OS's messages, first line only: the user sees one line. */
    static String reason(Exception e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied for " + denied.getFile();
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is in the way (a file where a folder should be)";
        }
        if (e instanceof FileSystemException other && other.getReason() != null) {
            return other.getFile() + ": " + other.getReason();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.lines().findFirst().orElse(message).strip();
        // sqlite-jdbc says "[SQLITE_CORRUPT] The database disk image is malformed (database disk image is
        // malformed)": SQLite's own words are the part in brackets at the end.
        Matcher sqlite = SQLITE_MESSAGE.matcher(line);
        return sqlite.matches() ? sqlite.group(1) : line;
    }

    /** Makes the new directory entry itself durable; not possible on every platform, hence best effort. */
    static void syncFolder(Path folder) {
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
