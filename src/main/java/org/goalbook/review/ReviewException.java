package org.goalbook.review;

/** A year review, history or radar that cannot be made, with a one-line message saying why. */
public class ReviewException extends RuntimeException {
    public ReviewException(String message) {
        super(message);
    }
}
