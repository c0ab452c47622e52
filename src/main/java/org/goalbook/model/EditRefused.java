package org.goalbook.model;

/** An edit that cannot be made, with a message for the user saying why. Nothing was changed. */
public class EditRefused extends RuntimeException {
    public EditRefused(String message) {
        super(message);
    }
}
