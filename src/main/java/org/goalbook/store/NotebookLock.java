package org.goalbook.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The promise that only one Goalbook writes a notebook: an OS lock on the sidecar file {@code <notebook>.lock}, held
 * while the store is open. The notebook file itself is never locked from Java, because closing a second descriptor on
 * it would silently drop the POSIX locks SQLite holds. See {@code docs/decisions/single-writer-lock.md}.
 */
final class NotebookLock implements AutoCloseable {
    /** Notebooks open in this JVM: a second open here must be refused before any descriptor is opened. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path notebook;
    private final FileChannel channel;
    private final FileLock lock;

    private NotebookLock(Path notebook, FileChannel channel, FileLock lock) {
        this.notebook = notebook;
        this.channel = channel;
        this.lock = lock;
    }

    /** Fails at once if this JVM already has the notebook open. Takes no lock. */
    static void refuseIfHeldHere(Path notebook) {
        if (HELD.contains(notebook)) {
            throw alreadyOpen(notebook, "in this Goalbook");
        }
    }

    /** Takes the lock or fails with a message naming the notebook; {@code notebook} must be absolute and real. */
    static NotebookLock acquire(Path notebook) {
        if (!HELD.add(notebook)) {
            throw alreadyOpen(notebook, "in this Goalbook");
        }
        Path sidecar = notebook.resolveSibling(notebook.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = holder(channel);
                throw alreadyOpen(notebook, "in another Goalbook" + (holder.isEmpty() ? "" : " (process " + holder + ")"));
            }
            // Only a hint for the message above; the lock is what counts.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new NotebookLock(notebook, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(notebook);
            throw new NotebookException("Cannot open " + notebook + ": the lock file " + sidecar.getFileName()
                    + " cannot be written (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            HELD.remove(notebook);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it anyway.
        }
        closeQuietly(channel);
        HELD.remove(notebook);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return text.matches("\\d{1,19}") ? text : "";
        } catch (IOException e) {
            return ""; // Windows locks are mandatory: the holder's pid cannot be read there.
        }
    }

    private static NotebookException alreadyOpen(Path notebook, String where) {
        return new NotebookException(notebook + " is already open " + where + "; close it there first");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing useful to tell the user: the channel is gone either way.
            }
        }
    }
}
