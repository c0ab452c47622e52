package org.goalbook.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Which file a notebook is, whatever path reaches it: device and inode number, so that a hard link or a bind mount
 * meets the same guard as the original path. {@code name} is safe as a file name and short enough for a socket path.
 */
record NotebookIdentity(String name) {

    /** The identity of an existing notebook file, given by its real path. */
    static NotebookIdentity of(Path real) {
        try {
            Map<String, Object> unix = Files.readAttributes(real, "unix:dev,ino");
            return new NotebookIdentity(Long.toHexString((Long) unix.get("dev")) + "-"
                    + Long.toHexString((Long) unix.get("ino")));
        } catch (UnsupportedOperationException | IllegalArgumentException noInodes) {
            // Windows has no inode numbers in Java; its mandatory locks follow the file anyway, and the real path is
            // the best name for the socket there.
            return new NotebookIdentity("p" + digest(real.toString()));
        } catch (IOException e) {
            throw new NotebookException("Cannot open " + real + ": " + NotebookFile.reason(e), e);
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
