package org.goalbook.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A write-ahead log ({@code -wal}) left beside a notebook by a process that ended without closing it. SQLite applies
 * such a log to whatever database has the matching name, and its header says nothing about which database it belongs
 * to. Before SQLite sees it, the notebook's id is read from a temporary copy of the file alone and from a copy with
 * the log; when they differ (or the copy with the log does not open or check out), the log and its {@code -shm} are
 * moved aside under a visible name, never deleted. See {@code docs/decisions/leftover-wal-check.md}.
 */
final class LeftoverLog {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private LeftoverLog() {
    }

    /**
     * Checks the log beside {@code notebook} (absolute, real, locked by this process, so no live Goalbook writes it);
     * returns what the user must be told when it was moved aside.
     */
    static Optional<String> check(Path notebook) {
        Path log = sibling(notebook, "-wal");
        if (!Files.exists(log, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        NotebookFile.refuseSpecial(log);
        try {
            if (!Files.exists(notebook)) {
                return Optional.of(moveAside(notebook, "had no notebook beside it"));
            }
            if (Files.size(log) == 0 || belongs(notebook, log)) {
                return Optional.empty();
            }
            return Optional.of(moveAside(notebook, "belongs to another notebook"));
        } catch (IOException e) {
            throw new NotebookException("Cannot open " + notebook + ": could not check its write-ahead log "
                    + log.getFileName() + ": " + NotebookFile.reason(e), e);
        }
    }

    private static boolean belongs(Path notebook, Path log) throws IOException {
        Path temp = Files.createTempDirectory("goalbook-log-check");
        try {
            Path copy = temp.resolve("n.goalbook");
            Files.copy(notebook, copy);
            Optional<String> alone;
            try {
                alone = id(copy, false);
            } catch (SQLException e) {
                // The file alone does not read (a checkpoint cut short by the crash leaves it needing its log):
                // only the log can make it whole, so it is not the log that is suspect.
                return true;
            }
            Files.copy(log, sibling(copy, "-wal"));
            try {
                return Objects.equals(alone, id(copy, true));
            } catch (SQLException e) {
                return false;
            }
        } finally {
            deleteTree(temp);
        }
    }

    /** The notebook id the copy reads as; with {@code verify}, also SQLite's quick check must pass. */
    private static Optional<String> id(Path copy, boolean verify) throws SQLException {
        try (Connection connection = SqliteConnections.open("jdbc:sqlite:" + copy)) {
            if (verify) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
                    if (!rows.next() || !"ok".equals(rows.getString(1))) {
                        throw new SQLException("quick check failed");
                    }
                }
            }
            return NotebookId.read(connection);
        }
    }

    private static String moveAside(Path notebook, String why) throws IOException {
        String stamp = LocalDateTime.now().format(STAMP);
        Path log = sibling(notebook, "-wal");
        Path aside = sibling(notebook, "-wal.set-aside-" + stamp);
        Files.move(log, aside);
        Path shm = sibling(notebook, "-shm");
        if (Files.exists(shm, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(shm, sibling(notebook, "-shm.set-aside-" + stamp));
        }
        return "The write-ahead log beside " + notebook.getFileName() + " " + why + ": it was moved to "
                + aside.getFileName() + " and " + notebook.getFileName() + " opened as it was";
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void deleteTree(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // Copies in the temporary folder are only copies; the system cleans it up in time.
        }
    }
}
