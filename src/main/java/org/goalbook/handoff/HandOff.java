package org.goalbook.handoff;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    /** Requests taken before the window answers; see {@link #holdUntilAnswered}. */
    private static final List<LaunchRequest> HELD = new ArrayList<>();
    /** Who takes requests now; null while they are held. Guarded by {@link #HELD}. */
    private static Consumer<LaunchRequest> reaction;

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
        List<LaunchRequest> early;
        synchronized (HELD) {
            reaction = react;
            early = List.copyOf(HELD);
            HELD.clear();
        }
        listen(react);
        early.forEach(react);
    }

    /**
     * Until {@link #answerWith} is called, requests are taken and kept for it: the window starting up has the
     * notebook open before it can show anything, and a second launch in that time must not be turned away.
     */
    public static void holdUntilAnswered() {
        synchronized (HELD) {
            reaction = null;
        }
        listen(request -> {
            Consumer<LaunchRequest> now;
            synchronized (HELD) {
                now = reaction;
                if (now == null) {
                    HELD.add(request);
                    return;
                }
            }
            now.accept(request); // taken by the held answerer just as the window began answering
        });
    }

    private static void listen(Consumer<LaunchRequest> react) {
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
