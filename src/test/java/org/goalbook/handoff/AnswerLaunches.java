package org.goalbook.handoff;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.goalbook.store.NotebookStore;

/**
 * A running Goalbook for the hand-off tests, without a window: opens the notebook, answers second launches by
 * printing "asked to show PATH", prints "open", and keeps the notebook open until it reads a line on stdin.
 */
public final class AnswerLaunches {
    private AnswerLaunches() {
    }

    public static void main(String[] args) throws Exception {
        HandOff.answerWith(request -> {
            System.out.println("asked to show " + request.notebook());
            System.out.flush();
        });
        try (NotebookStore store = NotebookStore.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }
}
