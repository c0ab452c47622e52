package org.goalbook.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A Unix-domain socket that listens while a notebook is open: the part of the guard that no open or close of a file
 * elsewhere in the process can drop. Another Goalbook that can connect knows the notebook is open; a socket file
 * nobody listens on is the leftover of a crash. Connections are passed to the process's answerer (the window's
 * hand-off), or closed at once.
 */
final class GuardSocket implements AutoCloseable {
    /** What this process does with a connection from another Goalbook; null: close it. */
    private static volatile Consumer<SocketChannel> answerer;

    private final Path file;
    private final ServerSocketChannel server;
    /** This socket's own answerer (the window socket's); null: the process's notebook answerer. */
    private final Consumer<SocketChannel> own;

    private GuardSocket(Path file, ServerSocketChannel server, Consumer<SocketChannel> own) {
        this.file = file;
        this.server = server;
        this.own = own;
    }

    /** What a later connection from another Goalbook is handed to, on the guard's own thread. */
    static void answerWith(Consumer<SocketChannel> answer) {
        answerer = answer;
    }

    /** What a look at {@code file} found. */
    enum Found { NOTHING, LISTENING, LEFTOVER, UNUSABLE }

    /** Whether a Goalbook listens at {@code file}: connects and hangs up at once. */
    static Found look(Path file) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Found.NOTHING;
        }
        try (SocketChannel ignored = connect(file)) {
            return Found.LISTENING;
        } catch (ConnectException refused) {
            return Found.LEFTOVER;
        } catch (IOException | UnsupportedOperationException e) {
            return Found.UNUSABLE;
        }
    }

    /** A connection to the Goalbook listening at {@code file}. */
    static SocketChannel connect(Path file) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(file));
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Listens at {@code file}, replacing a leftover socket file. Only called under the notebook's lock, after
     * {@link #look} found nobody listening, so no live socket is ever replaced.
     */
    static GuardSocket listen(Path file) throws IOException {
        return listen(file, null);
    }

    /** Like {@link #listen(Path)}, with connections handed to {@code answer} ({@code null}: the notebook answerer). */
    static GuardSocket listen(Path file, Consumer<SocketChannel> answer) throws IOException {
        Files.deleteIfExists(file);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(UnixDomainSocketAddress.of(file));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        GuardSocket socket = new GuardSocket(file, server, answer);
        Thread thread = new Thread(socket::answer, "Goalbook guard " + file.getFileName());
        thread.setDaemon(true);
        thread.start();
        return socket;
    }

    private void answer() {
        while (server.isOpen()) {
            SocketChannel caller;
            try {
                caller = server.accept();
            } catch (IOException closed) {
                return;
            }
            Consumer<SocketChannel> answer = own != null ? own : answerer;
            try {
                if (answer == null) {
                    caller.close();
                } else {
                    answer.accept(caller);
                }
            } catch (IOException | RuntimeException e) {
                closeQuietly(caller); // one caller's trouble must not stop the guard
            }
        }
    }

    /**
     * Stops listening. The file goes first: once it is gone a new opener binds its own, and closing our channel
     * afterwards cannot touch that one (the other order could let us delete a new holder's socket).
     */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover socket file is taken over by the next opener.
        }
        try {
            server.close();
        } catch (IOException ignored) {
            // The channel is gone either way.
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing to tell: the caller hung up.
        }
    }
}
