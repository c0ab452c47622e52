package org.goalbook.handoff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The hand-off's lines on the guard socket: UTF-8, one message per line. Reading has a deadline, so that neither a
 * hung window nor a silent caller keeps the other side waiting.
 */
final class Wire {
    /** A path is far shorter; a longer line is not from a Goalbook. */
    private static final int LONGEST = 8192;

    private Wire() {
    }

    static void write(SocketChannel channel, String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** The next line, or empty when the other side hangs up, sends too much, or says nothing within {@code wait}. */
    static Optional<String> read(SocketChannel channel, Duration wait) throws IOException {
        channel.configureBlocking(false);
        long deadline = System.nanoTime() + wait.toNanos();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        // One byte at a time: a read must not take bytes of the next line (the window socket answers twice).
        ByteBuffer buffer = ByteBuffer.allocate(1);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (line.size() <= LONGEST) {
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (left <= 0) {
                    return Optional.empty();
                }
                selector.select(left);
                selector.selectedKeys().clear();
                buffer.clear();
                int read = channel.read(buffer);
                if (read < 0) {
                    return Optional.empty();
                }
                for (int i = 0; i < read; i++) {
                    byte b = buffer.get(i);
                    if (b == '\n') {
                        return Optional.of(line.toString(StandardCharsets.UTF_8));
                    }
                    line.write(b);
                }
            }
            return Optional.empty();
        }
    }
}
