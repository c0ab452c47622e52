package org.goalbook.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS lock ({@code FileChannel.tryLock}) on a small file that names the holding process as a hint for messages.
 * The file is only ever opened through this one channel: on POSIX, closing any other descriptor of it would drop
 * the lock. A dialog elsewhere in the process can still do that, which is why {@link NotebookGuard} does not rely
 * on it alone.
 */
final class LockFile implements AutoCloseable {
    /** Bytes of the signature: a process id (at most 19 digits), padded, and a line end. */
    private static final int SIGNATURE = 21;
    private final FileChannel channel;
    private FileLock lock;

    private LockFile(FileChannel channel) {
        this.channel = channel;
    }

    /** Opens (creating) the file without locking it. */
    static LockFile open(Path file) throws IOException {
        return new LockFile(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE));
    }

    /** Takes the lock if nobody holds it; false when another process (or this JVM) does. */
    boolean tryLock() throws IOException {
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        return lock != null;
    }

    /**
     * Writes this process's id into the file, for the message another Goalbook shows when it is refused. Always the
     * same width, overwriting in place: truncating first made some file systems (ext4) flush on every open.
     */
    void sign() throws IOException {
        String line = String.format("%-" + (SIGNATURE - 1) + "d\n", ProcessHandle.current().pid());
        channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)), 0);
        if (channel.size() > SIGNATURE) {
            channel.truncate(SIGNATURE); // written by an older Goalbook, or by hand
        }
    }

    /** The process id written by the last holder, or empty when none can be read. */
    String holder() {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return text.matches("\\d{1,19}") ? text : "";
        } catch (IOException e) {
            return ""; // Windows locks are mandatory: the holder's pid cannot be read there.
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // Closing the channel below releases it anyway.
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing useful to tell the user: the channel is gone either way.
        }
    }
}
