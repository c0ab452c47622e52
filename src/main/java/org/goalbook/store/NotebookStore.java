package org.goalbook.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.goalbook.model.Change;
import org.goalbook.model.Node;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Outline;
import org.goalbook.model.Resource;

/**
 * A notebook kept in one SQLite file. Every method that changes something is one transaction: it happens
 * completely or not at all. Only one process at a time may have a notebook open.
 */
public final class NotebookStore implements AutoCloseable {

    /**
     * Opens the notebook at {@code file}, creating an empty one if the file does not exist.
     *
     * @throws NotebookException with a one-line message naming the file and the problem when the file is not SQLite,
     *                           not a Goalbook notebook, from a newer Goalbook, not writable, or open in another process
     */
    public static NotebookStore open(Path file) {
        throw new UnsupportedOperationException("TODO");
    }

    public Path path() {
        throw new UnsupportedOperationException("TODO");
    }

    /** The schema version ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        throw new UnsupportedOperationException("TODO");
    }

    public NotebookMeta meta() {
        throw new UnsupportedOperationException("TODO");
    }

    public void setMeta(NotebookMeta meta) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The whole outline: pages, years and everything below them. */
    public Outline outline() {
        throw new UnsupportedOperationException("TODO");
    }

    public Notebook notebook() {
        throw new UnsupportedOperationException("TODO");
    }

    public Optional<Node> find(long id) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Applies one user action in one transaction and returns its inverse (applying that undoes the action).
     * New nodes with negative ids get real ids; the returned inverse uses the real ids.
     */
    public List<Change> apply(List<Change> changes) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Replaces everything in the notebook (metadata, outline, resources) in one transaction; used by import. */
    public void replaceAll(Notebook notebook) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Full-text search over item names, notes and pages; best matches first. */
    public List<SearchHit> search(String text, int limit) {
        throw new UnsupportedOperationException("TODO");
    }

    public List<Resource> resources() {
        throw new UnsupportedOperationException("TODO");
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO");
    }
}
