package org.goalbook.exchange;

/** Input in an exchange format that cannot be read, with a message for the user. */
public class ExchangeException extends RuntimeException {
    public ExchangeException(String message) {
        super(message);
    }
}
