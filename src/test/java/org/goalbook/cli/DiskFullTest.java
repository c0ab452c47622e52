package org.goalbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up in the middle of an import: the command fails with a one-line message and the notebook keeps
 * everything it had. A child JVM runs under a file-size limit ({@code ulimit -f}), which makes the notebook's writes
 * fail exactly as a full disk does.
 */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void anImportThatRunsOutOfSpaceChangesNothing() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
        String journal = SharedFixtures.journal();
        Path notebook = dir.resolve("n.goalbook");
        Path small = Files.writeString(dir.resolve("journal.md"), journal, StandardCharsets.UTF_8);
        assertThat(cli("import", small.toString(), "--notebook", notebook.toString())).isZero();

        Path big = dir.resolve("big.md");
        StringBuilder pages = new StringBuilder();
        for (int i = 0; pages.length() < 4_000_000; i++) {
            pages.append("## Reading ").append(i).append("\n\n").append("A paragraph about something worth reading, ")
                    .append("long enough to take room. ".repeat(20)).append("\n\n");
        }
        Files.writeString(big, pages, StandardCharsets.UTF_8);
        long limitKb = (Files.size(notebook) + walSize(notebook)) / 1024 + 256;

        Path nativeLib = sqliteNativeLibrary();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder("/bin/bash", "-c", "ulimit -f " + limitKb + " && exec \"$0\" \"$@\"",
                java, "-Dorg.sqlite.lib.path=" + nativeLib.getParent(), "-Dorg.sqlite.lib.name=" + nativeLib.getFileName(),
                "-cp", System.getProperty("java.class.path"), "org.goalbook.app.Main",
                "import", big.toString(), "--notebook", notebook.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(err).isEqualTo(2);
        assertThat(err.lines().toList()).as(err).hasSize(1);
        assertThat(err).startsWith("Could not").contains(notebook.toString()).doesNotContain("\tat ");

        assertThat(cli("check", "--notebook", notebook.toString())).isZero();
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        assertThat(GoalbookCli.run(new String[] {"export", "--notebook", notebook.toString()},
                new PrintStream(exported, true, StandardCharsets.UTF_8), System.err, p -> { })).isZero();
        assertThat(exported.toString(StandardCharsets.UTF_8)).isEqualTo(journal);
    }

    /** sqlite-jdbc unpacks its native library at start-up; the child must not need room for that. */
    private Path sqliteNativeLibrary() throws IOException {
        String folder = org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc").replace(".dylib", ".jnilib");
        try (var in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream("/org/sqlite/native/" + folder + "/" + name)) {
            assumeTrue(in != null, "no bundled SQLite library for this platform");
            Path lib = dir.resolve("lib").resolve(name);
            Files.createDirectories(lib.getParent());
            Files.copy(in, lib);
            return lib;
        }
    }

    private static long walSize(Path notebook) throws IOException {
        Path wal = notebook.resolveSibling(notebook.getFileName() + "-wal");
        return Files.exists(wal) ? Files.size(wal) : 0;
    }

    private static int cli(String... args) {
        return GoalbookCli.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), p -> { });
    }

}
