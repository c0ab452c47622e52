package org.goalbook.handoff;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.goalbook.store.NotebookInUse;
import org.goalbook.store.NotebookStore;

/**
 * A second launch of the window handing its request to the Goalbook that has the notebook open, the way desktop
 * apps do: that window comes to the front and this launch ends quietly. See docs/decisions/second-launch-hand-off.md.
 */
public final class HandOff {
    /** Long enough for a busy window's guard thread, short enough that a user does not wait on a hung one. */
    private static final Duration WAIT = Duration.ofSeconds(3);

    private HandOff() {
    }

    /**
     * Asks the Goalbook that refused {@code notebook} to show itself on it. True once that Goalbook took the request;
     * false when nobody there answers (it is not a window, or it hangs), and the caller keeps its refusal.
     */
    public static boolean send(NotebookInUse refused, Path notebook) {
        Optional<SocketChannel> call = refused.callHolder();
        if (call.isEmpty()) {
            return false;
        }
        try (SocketChannel channel = call.get()) {
            Wire.write(channel, new LaunchRequest(notebook.toAbsolutePath()).line());
            return Wire.read(channel, WAIT).filter(LaunchRequest.SHOWN::equals).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * From now on, requests from second launches go to {@code react}, on the guard's thread (hand it on to the
     * window's thread). Calls that are no request (a starting Goalbook looking whether the notebook is open) are
     * hung up without a word.
     */
    public static void answerWith(Consumer<LaunchRequest> react) {
        NotebookStore.answerCallsWith(channel -> {
            try (channel) {
                Optional<LaunchRequest> request = Wire.read(channel, WAIT).flatMap(LaunchRequest::parse);
                if (request.isPresent()) {
                    react.accept(request.get());
                    Wire.write(channel, LaunchRequest.SHOWN);
                }
            } catch (IOException e) {
                // The caller hung up or never spoke: nothing was asked.
            }
        });
    }
}
