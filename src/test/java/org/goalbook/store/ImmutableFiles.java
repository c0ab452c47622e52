package org.goalbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sets or clears Linux's immutable attribute ({@code chattr +i}), which stops writes even by root, for tests that
 * need a notebook, its log or its folder that cannot be written. Not every file system or machine allows it.
 */
public final class ImmutableFiles {
    private ImmutableFiles() {
    }

    /** True when each of {@code paths} that exists now has the attribute set ({@code on}) or cleared. */
    public static boolean set(boolean on, Path... paths) {
        boolean all = true;
        for (Path p : paths) {
            if (Files.exists(p)) {
                all &= chattr(on ? "+i" : "-i", p);
            }
        }
        return all;
    }

    /** The notebook and its write-ahead log, the files a write of the notebook touches. */
    public static boolean setNotebook(boolean on, Path notebook) {
        return set(on, notebook, notebook.resolveSibling(notebook.getFileName() + "-wal"));
    }

    private static boolean chattr(String flag, Path path) {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
