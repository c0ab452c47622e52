package org.goalbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which command lines start the window without building the command-line parser, and which go to picocli. */
class WindowStartTest {
    @Test
    void thePlainWindowStartsAreRecognised() {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("journal.goalbook"), List.of("/a/b/Journal.GOALBOOK"),
                List.of("--notebook", "x.db"), List.of("--notebook=x.db"))) {
            assertTrue(WindowStart.recognise(args.toArray(String[]::new)).isPresent(), args.toString());
        }
    }

    @Test
    void everythingElseIsPicocli() {
        for (List<String> args : List.<List<String>>of(List.of("info"), List.of("--help"), List.of("-V"), List.of("journal.md"),
                List.of("--notebook"), List.of("--notebook", "--help"), List.of("--notebook="),
                List.of("--notebook", "x.goalbook", "info"), List.of("x.goalbook", "--notebook", "y.goalbook"),
                List.of("-x.goalbook"))) {
            assertEquals(java.util.Optional.empty(), WindowStart.recognise(args.toArray(String[]::new)),
                    args.toString());
        }
    }
}
