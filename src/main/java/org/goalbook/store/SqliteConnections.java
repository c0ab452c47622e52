package org.goalbook.store;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import org.sqlite.JDBC;

/**
 * Opens SQLite connections, quickly at start-up. sqlite-jdbc copies its native library out of its jar into the temp
 * folder at every start (a megabyte, and it scans that folder for copies left behind); the build unpacks the library
 * beside the driver's jar ({@code lib/sqlite-jdbc-VERSION-native/}, see pom.xml), and the driver is pointed at that
 * copy when it is there. The driver is called directly: {@code DriverManager} would first load every JDBC driver on
 * the class path. See docs/decisions/start-up-natives.md.
 */
final class SqliteConnections {
    static {
        if (System.getProperty("org.sqlite.lib.path") == null) {
            driverJar().flatMap(SqliteConnections::unpackedBeside).ifPresent(library -> {
                System.setProperty("org.sqlite.lib.path", library.getParent().toString());
                System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
            });
        }
    }

    private SqliteConnections() {
    }

    /** A connection to {@code url} ("jdbc:sqlite:…") with sqlite-jdbc's {@code properties}. */
    static Connection open(String url, Properties properties) throws SQLException {
        return JDBC.createConnection(url, properties);
    }

    static Connection open(String url) throws SQLException {
        return open(url, new Properties());
    }

    /** The native library unpacked beside {@code driverJar} for this machine's OS and processor, if it is there. */
    static Optional<Path> unpackedBeside(Path driverJar) {
        String name = driverJar.getFileName().toString();
        if (!name.endsWith(".jar")) {
            return Optional.empty(); // classes from a folder: no build put a copy beside them
        }
        Optional<String> folder = linuxFolder(System.getProperty("os.name"), System.getProperty("os.arch"));
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path library = driverJar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + "-native")
                .resolve("org/sqlite/native").resolve(folder.get()).resolve(System.mapLibraryName("sqlitejdbc"));
        return Files.isRegularFile(library) ? Optional.of(library) : Optional.empty();
    }

    /**
     * sqlite-jdbc's folder for the two Linux builds the build unpacks (pom.xml). Not its own {@code OSInfo}: that
     * starts {@code uname -o} to tell Android apart, a process at every start. On a musl system the glibc build does
     * not load, and the driver then unpacks its musl build as it would have anyway.
     */
    static Optional<String> linuxFolder(String os, String arch) {
        if (!"Linux".equals(os)) {
            return Optional.empty();
        }
        return switch (arch) {
            case "amd64", "x86_64" -> Optional.of("Linux/x86_64");
            case "aarch64" -> Optional.of("Linux/aarch64");
            default -> Optional.empty();
        };
    }

    private static Optional<Path> driverJar() {
        try {
            return Optional.of(Path.of(JDBC.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty(); // the driver unpacks its own copy, as it always can
        }
    }
}
