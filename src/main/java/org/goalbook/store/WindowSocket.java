package org.goalbook.store;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where this user's running Goalbook window listens for launches on notebooks it does not have open: one socket
 * file in the runtime folder of the notebooks' guards, held by the first window and taken over after a crash the
 * same way (see docs/decisions/second-launch-other-notebook.md).
 */
public final class WindowSocket implements AutoCloseable {
    private final GuardSocket socket;

    private WindowSocket(GuardSocket socket) {
        this.socket = socket;
    }

    /** The socket file called {@code name} in this user's runtime folder; empty where there is none. */
    public static Optional<Path> file(String name) {
        return RuntimeFolder.find().map(folder -> folder.resolve(name + ".socket"));
    }

    /**
     * Listens at {@code file}, handing each caller to {@code answer} on the socket's thread, unless a window already
     * listens there; empty then, and where no socket can be had. A crash's leftover socket file is taken over.
     */
    public static Optional<WindowSocket> claim(Path file, Consumer<SocketChannel> answer) {
        // The lock makes looking and listening one step: two windows starting at once cannot both take over.
        try (LockFile lock = LockFile.open(file.resolveSibling(file.getFileName() + ".lock"))) {
            if (!lock.tryLock()) {
                return Optional.empty();
            }
            GuardSocket.Found found = GuardSocket.look(file);
            if (found == GuardSocket.Found.LISTENING || found == GuardSocket.Found.UNUSABLE) {
                return Optional.empty();
            }
            return Optional.of(new WindowSocket(GuardSocket.listen(file, answer)));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** A connection to the window listening at {@code file}; empty when none listens. */
    public static Optional<SocketChannel> call(Path file) {
        try {
            return Optional.of(GuardSocket.connect(file));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Stops listening; the next window to start takes the socket. */
    @Override
    public void close() {
        socket.close();
    }
}
