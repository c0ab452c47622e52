package org.goalbook.store;

/** A notebook that cannot be opened or changed, with a one-line message for the user naming the file and problem. */
public class NotebookException extends RuntimeException {
    public NotebookException(String message) {
        super(message);
    }

    public NotebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
