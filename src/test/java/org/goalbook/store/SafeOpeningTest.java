package org.goalbook.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening refuses everything that is not a notebook it may write, with one line naming it, and changes no byte. */
class SafeOpeningTest {
    @TempDir
    Path dir;

    @Test
    void aTextFileIsRefusedAndLeftAsItWas() throws IOException {
        Path file = write("journal.md", "---\ntitle: Journal\n---\n## My Goals in 2022\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(file, file + " is not a Goalbook notebook (it is not an SQLite database)");
    }

    @Test
    void aPictureIsRefusedAndLeftAsItWas() throws IOException {
        byte[] png = new byte[300];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0, 8);
        Path file = write("radar.png", png);
        assertRefused(file, file + " is not a Goalbook notebook (it is not an SQLite database)");
    }

    @Test
    void anEmptyFileIsNotMadeIntoANotebook() throws IOException {
        Path file = write("notebook.goalbook", new byte[0]);
        assertRefused(file, file + " is an empty file, not a Goalbook notebook");
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("places.sqlite");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            raw.createStatement().executeUpdate("CREATE TABLE bookmark (id INTEGER PRIMARY KEY, url TEXT)");
            raw.createStatement().executeUpdate("INSERT INTO bookmark (url) VALUES ('https://remix.run/')");
        }
        assertRefused(file, file + " is an SQLite database of another program, not a Goalbook notebook");
    }

    @Test
    void aWalModeDatabaseOfAnotherProgramIsRefusedToo() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            raw.createStatement().execute("PRAGMA journal_mode = WAL");
            raw.createStatement().executeUpdate("CREATE TABLE t (x)");
        }
        assertRefused(file, file + " is an SQLite database of another program, not a Goalbook notebook");
    }

    @Test
    void aNotebookFromANewerGoalbookIsRefused() throws Exception {
        Path file = dir.resolve("future.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(SampleNotebook.notebook());
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            raw.createStatement().executeUpdate("PRAGMA user_version = 7");
        }
        Files.delete(dir.resolve("future.goalbook.lock"));
        assertRefused(file, file + " was made by a newer Goalbook (schema 7; this version reads up to "
                + Migrations.latest() + ")");
    }

    @Test
    void aNewerSchemaStillInTheWriteAheadLogIsRefused() throws Exception {
        // A newer Goalbook killed before its upgrade reached the main file: only the -wal knows the new version.
        Path source = dir.resolve("source.goalbook");
        try (NotebookStore store = NotebookStore.open(source)) {
            store.replaceAll(SampleNotebook.notebook());
        }
        Path copy = dir.resolve("crashed.goalbook");
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + source)) {
            raw.createStatement().execute("PRAGMA wal_autocheckpoint = 0");
            raw.createStatement().executeUpdate("PRAGMA user_version = 7");
            Files.copy(source, copy);
            Files.copy(dir.resolve("source.goalbook-wal"), dir.resolve("crashed.goalbook-wal"));
        }
        NotebookException e = assertThrows(NotebookException.class, () -> NotebookStore.open(copy));
        assertEquals(copy + " was made by a newer Goalbook (schema 7; this version reads up to "
                + Migrations.latest() + ")", e.getMessage());
    }

    @Test
    void aDamagedDatabaseIsRefused() throws IOException {
        byte[] bytes = new byte[8192];
        new Random(3).nextBytes(bytes);
        byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        Path file = write("damaged.goalbook", bytes);
        NotebookException e = assertRefused(file, null);
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void aNotebookDamagedBehindItsHeaderIsRefusedUnchanged() throws IOException {
        Path file = dir.resolve("damaged.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(SampleNotebook.notebook());
        }
        byte[] bytes = Files.readAllBytes(file);
        byte[] noise = new byte[bytes.length - 100];
        new Random(5).nextBytes(noise);
        System.arraycopy(noise, 0, bytes, 100, noise.length);
        Files.write(file, bytes);
        NotebookException e = assertRefused(file, null);
        assertTrue(e.getMessage().startsWith("Cannot open " + file + ": "), e.getMessage());
    }

    @Test
    void aFolderIsNotANotebook() {
        NotebookException e = assertThrows(NotebookException.class, () -> NotebookStore.open(dir));
        assertEquals(dir + " is a folder, not a notebook", e.getMessage());
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed() throws IOException {
        Path blocker = write("plans", "not a folder".getBytes(StandardCharsets.UTF_8));
        Path file = blocker.resolve("n.goalbook");
        NotebookException e = assertThrows(NotebookException.class, () -> NotebookStore.open(file));
        assertEquals("Cannot open " + file + ": " + blocker + " is in the way (a file where a folder should be)",
                e.getMessage());
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        Path file = folder.resolve("n.goalbook");
        try (NotebookStore store = NotebookStore.open(file)) {
            store.replaceAll(SampleNotebook.notebook());
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        // Root ignores permission bits; the immutable attribute stops root too (Linux, ext4 and most others).
        boolean immutable = Files.isWritable(folder) && ImmutableFiles.set(true, folder);
        try {
            assumeFalse(Files.isWritable(folder) && !immutable, "cannot make a folder read-only here: running as "
                    + "root and chattr is unavailable");
            byte[] before = Files.readAllBytes(file);
            NotebookException e = assertThrows(NotebookException.class, () -> NotebookStore.open(file));
            assertEquals("Cannot open " + file + ": the folder " + folder + " cannot be written", e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            if (immutable) {
                ImmutableFiles.set(false, folder);
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefusedAndTheFirstKeepsWorking() {
        Path file = dir.resolve("n.goalbook");
        try (NotebookStore first = NotebookStore.open(file)) {
            NotebookException e = assertThrows(NotebookException.class, () -> NotebookStore.open(file));
            assertEquals(file + " is already open in this Goalbook; close it there first", e.getMessage());
            NotebookException viaOtherSpelling = assertThrows(NotebookException.class,
                    () -> NotebookStore.open(dir.resolve("x/../n.goalbook")));
            assertTrue(viaOtherSpelling.getMessage().contains("already open"));

            first.replaceAll(SampleNotebook.notebook());
            assertEquals(SampleNotebook.outline().size(), first.outline().size());
        }
        try (NotebookStore again = NotebookStore.open(file)) {
            assertEquals(SampleNotebook.outline().size(), again.outline().size());
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Opens, expects the refusal (and its message, unless null), and checks nothing on disk changed or appeared. */
    private NotebookException assertRefused(Path file, String message) throws IOException {
        byte[] before = Files.readAllBytes(file);
        List<Path> filesBefore = list();
        NotebookException e = assertThrows(NotebookException.class, () -> NotebookStore.open(file));
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertArrayEquals(before, Files.readAllBytes(file), "the file's bytes are unchanged");
        assertEquals(filesBefore, list(), "no lock, journal or temporary file is left next to it");
        return e;
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
