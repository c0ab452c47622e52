package org.goalbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.OSInfo;

/** The build's unpacked copy of SQLite's native library is found beside the driver's jar, and only there. */
class SqliteConnectionsTest {
    @TempDir
    Path lib;

    @Test
    void theCopyUnpackedBesideTheDriversJarIsFound() throws IOException {
        Path jar = Files.createFile(lib.resolve("sqlite-jdbc-3.46.1.3.jar"));
        // The folder sqlite-jdbc itself picks for this machine: the copy is found where the driver would look.
        String inJar = "org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/"
                + System.mapLibraryName("sqlitejdbc");
        Path library = lib.resolve("sqlite-jdbc-3.46.1.3-native").resolve(inJar);
        Files.createDirectories(library.getParent());
        try (InputStream real = org.sqlite.JDBC.class.getResourceAsStream("/" + inJar)) {
            Files.copy(real, library);
        }

        assertEquals(Optional.of(library), SqliteConnections.unpackedBeside(jar));
    }

    @Test
    void onlyTheLinuxBuildsTheBuildUnpacksAreLookedFor() {
        assertEquals(Optional.of("Linux/x86_64"), SqliteConnections.linuxFolder("Linux", "amd64"));
        assertEquals(Optional.of("Linux/aarch64"), SqliteConnections.linuxFolder("Linux", "aarch64"));
        assertEquals(Optional.empty(), SqliteConnections.linuxFolder("Linux", "riscv64"));
        assertEquals(Optional.empty(), SqliteConnections.linuxFolder("Mac OS X", "aarch64"));
    }

    @Test
    void withoutACopyTheDriverUnpacksItsOwn() throws IOException {
        Path jar = Files.createFile(lib.resolve("sqlite-jdbc-3.46.1.3.jar"));
        Files.createDirectories(lib.resolve("sqlite-jdbc-3.46.1.3-native"));

        assertEquals(Optional.empty(), SqliteConnections.unpackedBeside(jar));
        assertEquals(Optional.empty(), SqliteConnections.unpackedBeside(lib.resolve("classes")),
                "classes from a folder have nothing beside them");
    }
}
