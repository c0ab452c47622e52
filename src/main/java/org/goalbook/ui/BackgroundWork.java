package org.goalbook.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (reading or writing a file) away from the window and hands the result back on the JavaFX thread.
 * Tests use {@link SameThreadWork} so that the result is there as soon as the call returns.
 */
public interface BackgroundWork {

    /** Runs {@code work}, then {@code onSuccess} with its result or {@code onFailure} with what it threw. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);
}
