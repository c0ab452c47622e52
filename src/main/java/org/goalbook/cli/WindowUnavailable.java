package org.goalbook.cli;

/**
 * The window cannot open on this machine (no display, a desktop library missing); the message says what is missing
 * and how to get it, in one line for the terminal.
 */
public final class WindowUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WindowUnavailable(String message) {
        super(message);
    }
}
