package org.goalbook.handoff;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.goalbook.store.NotebookStore;

/**
 * A running Goalbook for the hand-off tests, without a window: opens the notebook, answers second launches by
 * printing "asked to show PATH", prints "open", and keeps the notebook open until it reads a line on stdin. With a
 * second argument {@code late} it starts answering only after a first line on stdin, as a window does that opened
 * the notebook before it could show anything (requests in between are held).
 */
public final class AnswerLaunches {
    private AnswerLaunches() {
    }

    public static void main(String[] args) throws Exception {
        boolean late = args.length > 1 && args[1].equals("late");
        if (late) {
            HandOff.holdUntilAnswered();
        } else {
            answer();
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (NotebookStore store = NotebookStore.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            in.readLine();
            if (late) {
                answer();
                in.readLine();
            }
        }
    }

    private static void answer() {
        HandOff.answerWith(request -> {
            System.out.println("asked to show " + request.notebook());
            System.out.flush();
        });
    }
}
