package org.goalbook.store;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Optional;

/** Refusal because another Goalbook has the notebook open; says how to reach that Goalbook, where it can be. */
public final class NotebookInUse extends NotebookException {
    private final transient Path socket;

    NotebookInUse(Path notebook, String holder, Path socket) {
        super(notebook + " is already open in another Goalbook" + (holder.isEmpty() ? "" : " (process " + holder + ")")
                + "; close it there first", null);
        this.socket = socket;
    }

    /** A connection to the Goalbook that has the notebook open; empty where it cannot be reached. */
    public Optional<SocketChannel> callHolder() {
        if (socket == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(GuardSocket.connect(socket));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
