package org.goalbook.sync;

/**
 * The linked journal file cannot be read or written (gone, read-only, not text, a full disk): the message names the
 * file, the problem and how to repair the link. The notebook itself is unharmed.
 */
public final class LinkProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LinkProblem(String message) {
        super(message);
    }

    public LinkProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
