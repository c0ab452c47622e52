package org.goalbook.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.goalbook.markdown.JournalException;
import org.goalbook.markdown.JournalImporter;

/**
 * The journal file a notebook is linked to, read with the journal's checks and replaced atomically: the new text goes
 * to a temporary file in the same folder, is forced to disk, gets the old file's permissions and is renamed over it,
 * so a crash or a full disk leaves the old text or the new one, never a mix.
 */
public final class JournalFile {
    private final Path path;

    public JournalFile(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    public Path path() {
        return path;
    }

    public boolean exists() {
        return Files.exists(path);
    }

    /**
     * The file's text.
     *
     * @throws LinkProblem when it is missing, not a journal (binary, broken UTF-8, too large) or unreadable
     */
    public String read() {
        if (!Files.exists(path)) {
            throw new LinkProblem(path + ": the linked journal file is gone (deleted or renamed?); the notebook keeps "
                    + "everything: link it again with `goalbook link FILE`, or `goalbook unlink`");
        }
        try {
            return JournalImporter.readText(path);
        } catch (JournalException e) {
            throw new LinkProblem(e.getMessage() + "; the linked journal file was left as it is and the notebook "
                    + "keeps everything: link another file with `goalbook link FILE`, or `goalbook unlink`", e);
        }
    }

    /**
     * Replaces the file's text. Line endings and a final newline are the text's own; permissions are the old file's.
     *
     * @throws LinkProblem when the folder or file is not writable or the disk is full; the file is unchanged then
     */
    public void write(String text) {
        Path dir = path.getParent();
        Path temp = null;
        try {
            if (Files.exists(path) && readOnly()) {
                throw new AccessDeniedException(path.toString(), null, "the file is read-only");
            }
            temp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".goalbook-tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            keepPermissions(temp);
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            forceFolder(dir);
        } catch (IOException e) {
            throw new LinkProblem(path + ": the linked journal file cannot be written (" + reason(e) + "); it was "
                    + "left as it was and the notebook keeps everything", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write's own failure is the one worth reporting
                }
            }
        }
    }

    /**
     * Marked read-only by its owner: honoured even where the system would let this process write (root), because the
     * mark is the user's own "do not change this file".
     */
    private boolean readOnly() throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view != null && !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE)) {
            return true;
        }
        return !Files.isWritable(path);
    }

    private void keepPermissions(Path temp) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(temp, permissions);
        }
    }

    /** The rename itself reaches the disk only with its folder; where a folder cannot be opened (Windows) it is skipped. */
    private static void forceFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the rename is done; only its durability across a power cut is left to the system
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "its folder is gone";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
