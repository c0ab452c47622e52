package org.goalbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guards' folder is this user's alone: nobody else can put a socket where a Goalbook looks for one. */
class RuntimeFolderTest {
    @TempDir
    Path temp;

    @Test
    void theSessionsRuntimeFolderIsUsedWhereThereIsOne() throws IOException {
        Path runtime = Files.createDirectory(temp.resolve("run"));
        Path folder = RuntimeFolder.find(Map.of("XDG_RUNTIME_DIR", runtime.toString()), temp, "ann").orElseThrow();
        assertEquals(runtime.resolve("goalbook"), folder);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    @Test
    void elseAFolderOfTheUsersOwnInTheTemporaryFolder() throws IOException {
        Path folder = RuntimeFolder.find(Map.of("XDG_RUNTIME_DIR", "relative/run"), temp, "ann").orElseThrow();
        assertEquals(temp.resolve("goalbook-ann"), folder);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    @Test
    void aFolderOthersCouldEnterIsMadePrivate() throws IOException {
        Path open = Files.createDirectory(temp.resolve("goalbook-ann"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertEquals(Optional.of(open), RuntimeFolder.find(Map.of(), temp, "ann"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(open)));
    }

    @Test
    void aLinkInItsPlaceIsNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
        Files.createSymbolicLink(temp.resolve("goalbook-ann"), elsewhere);
        assertEquals(Optional.empty(), RuntimeFolder.find(Map.of(), temp, "ann"));
    }
}
