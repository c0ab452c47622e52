package org.goalbook.handoff;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.goalbook.store.WindowSocket;

/**
 * A window launch on a notebook that no Goalbook has open, handed to this user's running Goalbook window (a
 * double-click on another notebook file): that window comes forward and asks whether to open it there, or in a
 * window of its own. See docs/decisions/second-launch-other-notebook.md.
 */
public final class WindowHandOff {
    /** For the first answer: the running window's socket thread, not the user. */
    private static final Duration WAIT = Duration.ofSeconds(3);
    /** For the user's decision; the launch ends earlier when the window closes (the connection ends). */
    private static final Duration DECIDING = Duration.ofHours(12);

    private WindowHandOff() {
    }

    /** A window taking launches on other notebooks; closing it stops that (the window is closing). */
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * The window socket of whoever shares these user settings: a Goalbook started with settings of its own
     * ({@code -Djava.util.prefs.userRoot}, as tests and portable copies do) is a window of its own and is never
     * asked. Empty where there is no runtime folder.
     */
    public static Optional<Path> socket() {
        String settings = System.getProperty("java.util.prefs.userRoot", "");
        return WindowSocket.file(settings.isEmpty() ? "window"
                : "window-" + Integer.toHexString(Path.of(settings).toAbsolutePath().normalize().hashCode()));
    }

    /**
     * Offers the launch on {@code notebook} to the window listening at {@code socket}. True when that window took
     * it (opened it, or the user said no there) and this launch should end quietly; false when nobody answers or
     * the user chose a window of its own, and the launch opens its window as before.
     */
    public static boolean send(Path socket, Path notebook) {
        Optional<SocketChannel> call = WindowSocket.call(socket);
        if (call.isEmpty()) {
            return false;
        }
        try (SocketChannel channel = call.get()) {
            Wire.write(channel, new LaunchRequest(notebook.toAbsolutePath()).line());
            Optional<String> first = Wire.read(channel, WAIT);
            Optional<String> answer = first.filter(LaunchRequest.ASKING::equals).isPresent()
                    ? Wire.read(channel, DECIDING) : first;
            return answer.filter(LaunchRequest.SHOWN::equals).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Listens at {@code socket} for launches unless another window does: {@code decide} gets each request and
     * completes with true when the launch was taken here, false when the launch should open its own window. Empty
     * when another window listens (or no socket can be had); close the result when the window closes.
     */
    public static Optional<Listening> answerWith(Path socket,
                                                 Function<LaunchRequest, CompletionStage<Boolean>> decide) {
        Optional<WindowSocket> claimed = WindowSocket.claim(socket, channel -> {
            // A thread per caller: the user may take a while to decide, and the socket must keep accepting.
            Thread caller = new Thread(() -> answer(channel, decide), "Goalbook window launch");
            caller.setDaemon(true);
            caller.start();
        });
        return claimed.map(held -> held::close);
    }

    private static void answer(SocketChannel channel, Function<LaunchRequest, CompletionStage<Boolean>> decide) {
        try (channel) {
            Optional<LaunchRequest> request = Wire.read(channel, WAIT).flatMap(LaunchRequest::parse);
            if (request.isEmpty()) {
                return; // a starting window only looking whether one listens
            }
            Wire.write(channel, LaunchRequest.ASKING);
            boolean taken;
            try {
                taken = decide.apply(request.get()).toCompletableFuture().get();
            } catch (ExecutionException | RuntimeException e) {
                taken = false; // the launch opens its own window: better two windows than none
            }
            Wire.write(channel, taken ? LaunchRequest.SHOWN : LaunchRequest.OWN);
        } catch (IOException e) {
            // The launch gave up waiting, or was ended: nothing to tell it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
