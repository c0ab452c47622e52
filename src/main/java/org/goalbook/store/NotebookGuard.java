package org.goalbook.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The promise that only one Goalbook writes a notebook, held while the store is open. It follows the file, not the
 * path (a hard link meets the same guard), and a file dialog opening and closing the notebook's files inside this
 * process cannot drop it: a listening socket, with OS locks as the mutex around it and as the fallback where there
 * are no Unix-domain sockets. See {@code docs/decisions/single-writer-lock.md}.
 */
final class NotebookGuard implements AutoCloseable {
    /** Notebooks open in this JVM, by identity: a second open here is refused before any descriptor is opened. */
    private static final Set<NotebookIdentity> HELD = ConcurrentHashMap.newKeySet();

    private final NotebookIdentity identity;
    private final LockFile pathLock;
    private final LockFile fileLock;
    private final GuardSocket socket;

    private NotebookGuard(NotebookIdentity identity, LockFile pathLock, LockFile fileLock, GuardSocket socket) {
        this.identity = identity;
        this.pathLock = pathLock;
        this.fileLock = fileLock;
        this.socket = socket;
    }

    /** Fails at once if this JVM already has the notebook open, by whatever path. Takes no lock. */
    static void refuseIfHeldHere(Path notebook) {
        if (Files.exists(notebook) && HELD.contains(NotebookIdentity.of(notebook))) {
            throw new NotebookException(notebook + " is already open in this Goalbook; close it there first");
        }
    }

    /**
     * Guards {@code notebook} (absolute and real) or fails with a message naming it. A missing notebook is made by
     * {@code create} under the lock of its path: the guard follows the file, which must exist first.
     */
    static NotebookGuard acquire(Path notebook, Consumer<Path> create) {
        Path sidecar = notebook.resolveSibling(notebook.getFileName() + ".lock");
        LockFile pathLock = openLock(notebook, sidecar);
        try {
            // Kept from the first Goalbooks: an older version looks only here.
            if (!pathLock.tryLock()) {
                throw new NotebookInUse(notebook, pathLock.holder(), socketIfKnown(notebook));
            }
            if (!Files.exists(notebook)) {
                create.accept(notebook);
            }
            NotebookIdentity identity = NotebookIdentity.of(notebook);
            if (!HELD.add(identity)) {
                throw new NotebookException(notebook + " is already open in this Goalbook; close it there first");
            }
            try {
                NotebookGuard guard = guardFile(notebook, identity, pathLock);
                pathLock.sign();
                return guard;
            } catch (IOException | RuntimeException e) {
                HELD.remove(identity);
                throw e;
            }
        } catch (IOException e) {
            pathLock.close();
            throw cannotLock(notebook, sidecar, e);
        } catch (RuntimeException e) {
            pathLock.close();
            throw e;
        }
    }

    /**
     * The file's own lock and socket in the runtime folder. The lock is the mutex around looking and listening, so
     * two Goalbooks starting at once cannot both take over a crash's leftover socket.
     */
    private static NotebookGuard guardFile(Path notebook, NotebookIdentity identity, LockFile pathLock)
            throws IOException {
        Optional<Path> folder = RuntimeFolder.find();
        if (folder.isEmpty()) {
            return new NotebookGuard(identity, pathLock, null, null);
        }
        Path socketFile = folder.get().resolve(identity.name() + ".socket");
        LockFile fileLock = openLock(notebook, folder.get().resolve(identity.name() + ".lock"));
        try {
            if (!fileLock.tryLock()) {
                throw new NotebookInUse(notebook, fileLock.holder(), socketFile);
            }
            GuardSocket.Found found = GuardSocket.look(socketFile);
            if (found == GuardSocket.Found.LISTENING) {
                throw new NotebookInUse(notebook, fileLock.holder(), socketFile);
            }
            GuardSocket socket = found == GuardSocket.Found.UNUSABLE ? null : listenIfPossible(socketFile);
            fileLock.sign();
            return new NotebookGuard(identity, pathLock, fileLock, socket);
        } catch (IOException | RuntimeException e) {
            fileLock.close();
            throw e;
        }
    }

    /** No Unix-domain sockets here (or a path too long for one): the locks alone guard, as before. */
    private static GuardSocket listenIfPossible(Path socketFile) {
        try {
            return GuardSocket.listen(socketFile);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** Where the Goalbook that has {@code notebook} open listens, for a refusal that comes before the look. */
    private static Path socketIfKnown(Path notebook) {
        if (!Files.exists(notebook)) {
            return null;
        }
        return RuntimeFolder.find().map(f -> f.resolve(NotebookIdentity.of(notebook).name() + ".socket"))
                .orElse(null);
    }

    private static LockFile openLock(Path notebook, Path file) {
        try {
            return LockFile.open(file);
        } catch (IOException e) {
            throw cannotLock(notebook, file, e);
        }
    }

    private static NotebookException cannotLock(Path notebook, Path file, IOException e) {
        return new NotebookException("Cannot open " + notebook + ": the lock file " + file.getFileName()
                + " cannot be written (" + e.getMessage() + ")", e);
    }

    /** Stops listening first, so that nobody is told the notebook is open once its locks are gone. */
    @Override
    public void close() {
        if (socket != null) {
            socket.close();
        }
        if (fileLock != null) {
            fileLock.close();
        }
        pathLock.close();
        HELD.remove(identity);
    }
}
