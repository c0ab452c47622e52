package org.goalbook.markdown;

/** A journal file that cannot be read, with a message for the user naming the problem (and where, if known). */
public class JournalException extends RuntimeException {
    public JournalException(String message) {
        super(message);
    }
}
