package org.goalbook.ui.session;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.goalbook.model.Change;
import org.goalbook.store.NotebookException;
import org.goalbook.store.NotebookStore;

/**
 * Writes typed notes to the store on a thread of its own, in the order they were saved, so that storing a big page
 * does not hold up the window (docs/decisions/notes-saved-off-the-fx-thread.md). Anyone may write what is still
 * pending at once with {@link #writeNow}: each pending write happens exactly once, here or there.
 */
final class NotesWriter {
    private final NotebookStore store;
    /** Held through each write and what follows it, so {@link #writeNow} also waits for a write in flight. */
    private final Object writing = new Object();
    /** Per node the latest changes, nodes in the order they were first saved; guards the fields below too. */
    private final Map<Long, List<Change>> pending = new LinkedHashMap<>();
    /** Nodes whose latest write failed and that nothing newer replaced: their text is only in the outline. */
    private final Set<Long> failed = new LinkedHashSet<>();
    private Thread thread;
    private boolean closed;
    private volatile Consumer<NotebookException> problems = e -> { };

    NotesWriter(NotebookStore store) {
        this.store = store;
    }

    /** Where a failed write is told, on the thread that tried it. */
    void onProblem(Consumer<NotebookException> told) {
        problems = told;
    }

    /** Writes {@code changes} (one node's notes) soon, replacing what is still pending for that node. */
    void save(long id, List<Change> changes) {
        synchronized (pending) {
            if (closed) {
                throw new IllegalStateException("The notebook " + store.path() + " is closed");
            }
            pending.put(id, changes);
            if (thread == null) {
                thread = new Thread(this::run, "Goalbook notes writer " + store.path().getFileName());
                thread.setDaemon(true);
                thread.start();
            }
            pending.notifyAll();
        }
    }

    /** The nodes whose write failed since the last call; they are forgotten here, the caller saves them again. */
    Set<Long> takeFailed() {
        synchronized (pending) {
            Set<Long> out = Set.copyOf(failed);
            failed.clear();
            return out;
        }
    }

    /** Writes on the calling thread whatever is still pending, after the write in flight if there is one. */
    void writeNow() {
        while (writeNext()) {
            // one node at a time, each taken out of the slot before it is written
        }
    }

    /** Writes what is pending here and ends the thread; a save after this is refused. */
    void close() {
        Thread running;
        synchronized (pending) {
            closed = true;
            running = thread;
            pending.notifyAll();
        }
        writeNow();
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (true) {
            synchronized (pending) {
                while (pending.isEmpty() && !closed) {
                    try {
                        pending.wait();
                    } catch (InterruptedException e) {
                        return; // only a daemon thread of a process going away is interrupted
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
            }
            writeNext();
        }
    }

    /** Takes the oldest pending node and writes it; false when nothing was pending. */
    private boolean writeNext() {
        synchronized (writing) {
            long id;
            List<Change> changes;
            synchronized (pending) {
                Iterator<Map.Entry<Long, List<Change>>> first = pending.entrySet().iterator();
                if (!first.hasNext()) {
                    return false;
                }
                Map.Entry<Long, List<Change>> next = first.next();
                first.remove();
                id = next.getKey();
                changes = next.getValue();
            }
            try {
                store.apply(changes);
                synchronized (pending) {
                    failed.remove(id);
                }
            } catch (RuntimeException e) {
                synchronized (pending) {
                    if (!pending.containsKey(id)) {
                        failed.add(id); // else a newer text of the node is on its way
                    }
                }
                problems.accept(e instanceof NotebookException n ? n
                        : new NotebookException("Could not save the notes to " + store.path() + ": " + e.getMessage(), e));
            }
            return true;
        }
    }
}
