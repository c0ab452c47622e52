package org.goalbook.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.goalbook.model.Outline;
import org.sqlite.SQLiteConfig;

/**
 * A copy of a notebook in a file of its own (a backup): read without changing a byte of it, and checked before it is
 * trusted. A copy is one self-contained file in rollback-journal mode, so it needs no {@code -wal} beside it.
 */
public final class NotebookCopy {
    private NotebookCopy() {
    }

    /**
     * The outline a copy holds, read without writing anything (not even a lock or a {@code -shm} file next to it).
     *
     * @throws NotebookException with one line naming the file and what is wrong: not a notebook, from a newer
     *                           Goalbook, or damaged
     */
    public static Outline read(Path copy) {
        NotebookFile.refuseSpecial(copy);
        if (!Files.isRegularFile(copy)) {
            throw new NotebookException(copy + " is not a file");
        }
        NotebookFile.inspect(copy);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        // immutable: SQLite takes no lock and makes no side file; a copy does not change while it is read.
        try (Connection connection = SqliteConnections.open("jdbc:sqlite:" + copy.toUri() + "?immutable=1",
                config.toProperties())) {
            refuseDamaged(copy, connection);
            try (NodeRows nodes = new NodeRows(connection)) {
                return new Outline(nodes.all());
            }
        } catch (SQLException e) {
            throw new NotebookException("Cannot read " + copy + ": " + NotebookFile.reason(e), e);
        }
    }

    /**
     * Makes a fresh copy self-contained and checks it: rollback-journal mode (SQLite's backup copies the notebook's
     * write-ahead-log mode into the header), SQLite's integrity check, then the bytes forced to disk.
     */
    static void finish(Path made) throws SQLException, IOException {
        try (Connection connection = SqliteConnections.open("jdbc:sqlite:" + made)) {
            // Closed before the check: the pragma's pending result row would keep a statement busy.
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = DELETE");
            }
            refuseDamaged(made, connection);
        }
        try (FileChannel channel = FileChannel.open(made, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * A private, checked copy of {@code source} in {@code folder} to restore from: the user's file is only read (a copy
     * in write-ahead-log mode would otherwise get side files), and whatever happens to it meanwhile does not matter.
     * The caller deletes the copy.
     */
    static Path workingCopy(Path source, Path folder) {
        NotebookFile.refuseSpecial(source);
        if (!Files.isRegularFile(source)) {
            throw new NotebookException(source + " is not a file");
        }
        NotebookFile.inspect(source);
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".restoring-", ".goalbook");
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            finish(temp);
            return temp;
        } catch (IOException | SQLException | RuntimeException e) {
            if (temp != null) {
                deleteQuietly(temp);
            }
            if (e instanceof NotebookException n) {
                throw new NotebookException(n.getMessage().replace(temp.toString(), source.toString()), n);
            }
            throw new NotebookException("Cannot read " + source + ": " + NotebookFile.reason(e), e);
        }
    }

    private static void refuseDamaged(Path file, Connection connection) throws SQLException {
        List<String> problems = NotebookCheck.sqliteOnly(connection);
        if (!problems.isEmpty()) {
            throw new NotebookException(file + " is damaged (" + problems.get(0)
                    + (problems.size() > 1 ? ", and " + (problems.size() - 1) + " more problems" : "") + ")");
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
            Files.deleteIfExists(path.resolveSibling(path.getFileName() + "-journal"));
        } catch (IOException ignored) {
            // A stray hidden copy is harmless; the notebook itself was not touched.
        }
    }
}
