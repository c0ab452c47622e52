package org.goalbook.model;

/**
 * One step of a user action on a notebook: its outline, its inbox or its resources. A user action is a list of changes that the store applies in one
 * transaction; the store answers with the inverse list, which is what undo applies.
 */
public sealed interface Change {

    /**
     * Stores the node as given: inserts it when its id is new, else overwrites every field, parent and position
     * included. A negative id stands for a node the same action creates; other changes in the list may use it as a
     * parent id, and the store gives it a real id.
     */
    record Put(Node node) implements Change {
    }

    /** Removes the node and everything below it. */
    record Remove(long id) implements Change {
    }

    /**
     * Sets an inbox entry's status (the rest of a stored entry never changes). The inverse sets the status it had.
     */
    record SetStatus(long entryId, InboxStatus status) implements Change {
    }

    /** Stores a resource: inserts it when its id is 0 or new, else overwrites it. */
    record PutResource(Resource resource) implements Change {
    }

    /** Removes a resource. */
    record RemoveResource(long id) implements Change {
    }
}
