package org.goalbook.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard error held back while JavaFX starts its toolkit: JavaFX prints its own stack trace when the desktop
 * libraries are missing, before Goalbook can explain the problem in one line. Once the window shows, what was held
 * is written out and everything after it passes straight through.
 */
final class StartupErrors extends OutputStream {
    private final PrintStream original;
    private ByteArrayOutputStream held = new ByteArrayOutputStream();

    private StartupErrors(PrintStream original) {
        this.original = original;
    }

    /** Puts a holding stream in place of {@code System.err}; it stays there (loggers keep a reference to it). */
    static StartupErrors hold() {
        StartupErrors errors = new StartupErrors(System.err);
        System.setErr(new PrintStream(errors, true));
        return errors;
    }

    /** Writes what was held and lets everything after it through. */
    synchronized void release() {
        if (held != null) {
            original.write(held.toByteArray(), 0, held.size());
            original.flush();
            held = null;
        }
    }

    /** Drops what was held (it has been explained in a line of our own) and lets everything after it through. */
    synchronized void discard() {
        held = null;
    }

    @Override
    public synchronized void write(int b) {
        if (held != null) {
            held.write(b);
        } else {
            original.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        if (held != null) {
            held.write(bytes, offset, length);
        } else {
            original.write(bytes, offset, length);
        }
    }

    @Override
    public synchronized void flush() {
        if (held == null) {
            original.flush();
        }
    }
}
