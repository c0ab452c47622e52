package org.goalbook.handoff;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;


/**
 * A running Goalbook window for the hand-off tests, without JavaFX: takes the window socket (args[1], else this user's
 * own), prints "listening" or "not listening", answers each launch on another notebook by printing "asked to open
 * PATH" and deciding args[0] ("here": taken here, "own": the launch opens its own window), and ends on a line on stdin.
 */
public final class AnswerWindowLaunches {
    private AnswerWindowLaunches() {
    }

    public static void main(String[] args) throws Exception {
        boolean here = args[0].equals("here");
        Path socket = args.length > 1 ? Path.of(args[1]) : WindowHandOff.socket().orElseThrow();
        Optional<WindowHandOff.Listening> listening = WindowHandOff.answerWith(socket, request -> {
            System.out.println("asked to open " + request.notebook());
            System.out.flush();
            return CompletableFuture.completedFuture(here);
        });
        System.out.println(listening.isPresent() ? "listening" : "not listening");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        listening.ifPresent(WindowHandOff.Listening::close);
    }
}
