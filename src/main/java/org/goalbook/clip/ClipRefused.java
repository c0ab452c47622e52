package org.goalbook.clip;

/** Input that cannot be clipped, with a one-line message naming the problem; nothing was added. */
public final class ClipRefused extends RuntimeException {
    public ClipRefused(String message) {
        super(message);
    }

    public ClipRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
