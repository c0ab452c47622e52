package org.goalbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.goalbook.testing.LineDiff;
import org.goalbook.testing.SharedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two machines, one journal in git (README "Several machines"): real git, a bare repository, two clones, a notebook
 * linked in each. Git carries the file; each notebook follows its clone's file.
 */
class TwoMachinesGitTest {
    @TempDir
    Path dir;

    @Test
    void aTickAndANewItemTravelThroughGitAndConcurrentEditsToDifferentItemsMerge() throws Exception {
        assumeTrue(git(dir, "--version") == 0, "needs git");
        String original = SharedFixtures.journal();
        Path origin = dir.resolve("origin.git");
        assertThat(git(dir, "init", "-q", "--bare", "--initial-branch=main", origin.toString())).isZero();
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(git(dir, "clone", "-q", origin.toString(), a.toString())).isZero();
        Files.writeString(a.resolve("journal.md"), original, StandardCharsets.UTF_8);
        assertThat(git(a, "add", "journal.md")).isZero();
        assertThat(git(a, "commit", "-q", "-m", "journal")).isZero();
        assertThat(git(a, "push", "-q", "origin", "HEAD:main")).isZero();
        assertThat(git(dir, "clone", "-q", "--branch", "main", origin.toString(), b.toString())).isZero();
        Path notebookA = dir.resolve("a.goalbook");
        Path notebookB = dir.resolve("b.goalbook");
        assertThat(goalbook(notebookA, "link", a.resolve("journal.md").toString()).code()).isZero();
        assertThat(goalbook(notebookB, "link", b.resolve("journal.md").toString()).code()).isZero();

        // A: a tick and a new item, committed and pushed.
        assertThat(goalbook(notebookA, "tick", "35").code()).isZero();
        CliRun added = goalbook(notebookA, "add", "33", "Vue", "--stance", "explore");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(git(a, "commit", "-q", "-am", "tick GatsbyJS, explore Vue")).isZero();
        assertThat(git(a, "push", "-q", "origin", "HEAD:main")).isZero();

        // B: pull, and the notebook shows both at its next command.
        assertThat(git(b, "pull", "-q", "--no-rebase", "origin", "main")).isZero();
        CliRun listB = goalbook(notebookB, "list", "--year", "2022");
        assertThat(listB.err()).isEmpty();
        assertThat(listB.out()).contains("[x] GatsbyJS").contains("Vue");
        assertThat(goalbook(notebookB, "export").out()).isEqualTo(read(a)).isEqualTo(read(b));

        // Concurrent edits to different items: A ticks React, B renames Remix; both commit; git merges.
        assertThat(goalbook(notebookA, "tick", "36").code()).isZero();
        assertThat(git(a, "commit", "-q", "-am", "tick React")).isZero();
        assertThat(git(a, "push", "-q", "origin", "HEAD:main")).isZero();
        assertThat(goalbook(notebookB, "rename", "43", "Remix v2").code()).isZero();
        assertThat(git(b, "commit", "-q", "-am", "Remix v2")).isZero();
        assertThat(git(b, "pull", "-q", "--no-rebase", "origin", "main")).isZero();
        assertThat(goalbook(notebookB, "sync").code()).isZero();
        assertThat(git(b, "push", "-q", "origin", "HEAD:main")).isZero();
        assertThat(git(a, "pull", "-q", "--no-rebase", "origin", "main")).isZero();
        assertThat(goalbook(notebookA, "sync").code()).isZero();

        String today = LocalDate.now().toString();
        assertThat(read(a)).isEqualTo(read(b));
        assertThat(LineDiff.of(original, read(a))).containsExactly("-  - Maintain: GatsbyJS, React",
                "+  - Maintain: GatsbyJS \u2705 " + today + ", React \u2705 " + today,
                "-  - Explore: SvelteKit, Angular 2, [Remix](https://remix.run/)",
                "+  - Explore: SvelteKit, Angular 2, [Remix v2](https://remix.run/), Vue");
        assertThat(goalbook(notebookA, "export").out()).isEqualTo(read(a));
        assertThat(goalbook(notebookB, "export").out()).isEqualTo(read(b));
        assertThat(goalbook(notebookA, "sync").out()).startsWith("In step");
        assertThat(git(a, "status", "--porcelain")).isZero();
    }

    private static CliRun goalbook(Path notebook, String... args) {
        return CliRun.on(notebook, args);
    }

    private static String read(Path clone) throws IOException {
        return Files.readString(clone.resolve("journal.md"), StandardCharsets.UTF_8);
    }

    /** Runs git in {@code where} with its own identity and no user configuration; the exit code. */
    private int git(Path where, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(where.toFile()).redirectErrorStream(true);
        builder.environment().put("HOME", dir.toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("GIT_AUTHOR_NAME", "Goalbook Test");
        builder.environment().put("GIT_AUTHOR_EMAIL", "test@example.org");
        builder.environment().put("GIT_COMMITTER_NAME", "Goalbook Test");
        builder.environment().put("GIT_COMMITTER_EMAIL", "test@example.org");
        Process git = builder.start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        if (git.exitValue() != 0) {
            System.err.println("git " + String.join(" ", args) + ": " + output);
        }
        return git.exitValue();
    }
}
