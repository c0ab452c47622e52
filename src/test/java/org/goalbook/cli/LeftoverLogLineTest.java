package org.goalbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.goalbook.store.HoldNotebook;
import org.goalbook.store.NotebookStore;
import org.goalbook.store.SampleNotebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line says, on one stderr line, that another notebook's leftover log was moved aside, and goes on. */
class LeftoverLogLineTest {
    @TempDir
    Path dir;

    @Test
    void infoOnANotebookWithAnotherNotebooksLogSaysSoAndShowsItsOwnYears() throws Exception {
        Path a = dir.resolve("a.goalbook");
        try (NotebookStore store = NotebookStore.open(a)) {
            store.replaceAll(SampleNotebook.notebook());
        }
        Path b = dir.resolve("b.goalbook");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldNotebook.class.getName(), b.toString(), "Of B")
                .start();
        assertThat(new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))
                .readLine()).isEqualTo("open");
        other.destroyForcibly();
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Files.copy(dir.resolve("b.goalbook-wal"), dir.resolve("a.goalbook-wal"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoalbookCli.run(new String[] {"info", "--notebook", a.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                path -> { });

        assertThat(code).isZero();
        String line = err.toString(StandardCharsets.UTF_8);
        assertThat(line.lines()).singleElement().asString()
                .startsWith("The write-ahead log beside a.goalbook belongs to another notebook: it was moved to "
                        + "a.goalbook-wal.set-aside-");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Years     2").contains("Pages     1");
    }
}
