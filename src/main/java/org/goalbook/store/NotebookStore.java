package org.goalbook.store;

import java.nio.channels.SocketChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.goalbook.model.Change;
import org.goalbook.model.InboxEntry;
import org.goalbook.model.Node;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Outline;
import org.goalbook.model.Resource;
import org.goalbook.model.SearchHit;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * A notebook kept in one SQLite file. Every method that changes something is one transaction: it happens
 * completely or not at all. Only one process at a time may have a notebook open.
 */
public final class NotebookStore implements AutoCloseable {
    /** The {@code meta} key holding the journal file the notebook was last imported from (an absolute path). */
    public static final String IMPORTED_FROM = "imported_from";
    private static final Object OPENING = new Object();

    private final Path file;
    private final NotebookGuard guard;
    private final Connection connection;
    private final NodeRows nodes;
    private final List<String> notices;
    private BeforeWrite beforeWrite = replacing -> { };
    private final List<Runnable> afterWrites = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Runnable> beforeClose = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean closed;

    private NotebookStore(Path file, NotebookGuard guard, Connection connection, List<String> notices)
            throws SQLException {
        this.file = file;
        this.guard = guard;
        this.connection = connection;
        this.nodes = new NodeRows(connection);
        this.notices = List.copyOf(notices);
    }

    /**
     * Opens the notebook at {@code file}, creating an empty one if the file does not exist.
     *
     * @throws NotebookException with a one-line message naming the file and the problem when the file is not SQLite,
     *                           not a Goalbook notebook, from a newer Goalbook, not writable, or open in another process
     */
    public static NotebookStore open(Path file) {
        return open(file, Durability.FULL);
    }

    /** Opens the notebook with a chosen durability; the app uses {@link Durability#FULL}, benchmarks compare. */
    public static NotebookStore open(Path file, Durability durability) {
        Path real = NotebookFile.prepare(file);
        NotebookGuard guard;
        List<String> notices = new ArrayList<>();
        // One opening at a time in this JVM: inspecting reads the file through a Java descriptor, and closing that
        // while another thread's store had the file open would drop SQLite's locks on it.
        synchronized (OPENING) {
            NotebookGuard.refuseIfHeldHere(real);
            // Inspect before locking: a foreign file gets no lock file next to it.
            if (Files.exists(real)) {
                NotebookFile.inspect(real);
            }
            guard = NotebookGuard.acquire(real, missing -> {
                // A log left with no notebook beside it is set aside before the new, empty notebook is made.
                LeftoverLog.check(missing).ifPresent(notices::add);
                NotebookFile.create(missing);
            });
        }
        Connection connection = null;
        try {
            // Guarded, so no live Goalbook writes the log beside it: whatever log is there was left behind.
            LeftoverLog.check(real).ifPresent(notices::add);
            connection = NotebookFile.connect(real, durability);
            NotebookFile.refuseNewer(real, Migrations.userVersion(connection));
            Migrations.upgrade(connection);
            giveIdentity(connection);
            return new NotebookStore(real, guard, connection, notices);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            guard.close();
            if (e instanceof NotebookException notebookException) {
                throw notebookException;
            }
            throw new NotebookException("Cannot open " + real + ": " + explain(e), e);
        }
    }

    /**
     * What this process does when another Goalbook calls about a notebook open here (see {@link NotebookInUse}):
     * {@code answer} gets the connection on the guard's own thread and must close it. Without one (null), calls are
     * hung up.
     */
    public static void answerCallsWith(Consumer<SocketChannel> answer) {
        GuardSocket.answerWith(answer);
    }

    /**
     * A notebook from before ids gets one. Checkpoints first and after, so the id reaches the main file at once: a
     * crash in between must not leave a log whose id the file alone lacks, which would look like another notebook's.
     */
    private static void giveIdentity(Connection connection) throws SQLException {
        if (NotebookId.read(connection).isPresent()) {
            return;
        }
        checkpoint(connection);
        NotebookId.ensure(connection);
        checkpoint(connection);
    }

    private static void checkpoint(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet ignored = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            // The result row says how many frames were moved; the log is empty either way once no reader is left.
        }
    }

    /**
     * What the user should be told about opening, one line each: e.g. that a write-ahead log of another notebook was
     * moved aside. Empty as a rule.
     */
    public List<String> notices() {
        return notices;
    }

    /** The notebook file, absolute, with symbolic links resolved. */
    public Path path() {
        return file;
    }

    /** The schema version ({@code PRAGMA user_version}). */
    public synchronized int schemaVersion() {
        return read("read the schema version of", () -> Migrations.userVersion(connection));
    }

    public synchronized NotebookMeta meta() {
        return read("read the metadata of", () -> MetaRows.read(connection));
    }

    public synchronized void setMeta(NotebookMeta meta) {
        write("save the metadata of", () -> {
            MetaRows.write(connection, meta);
            return null;
        });
    }

    /**
     * A setting kept with the notebook (not part of the journal), or empty. Keys starting with
     * {@code linked_} survive {@link #replaceAll}: they belong to the notebook, not to what was imported.
     */
    public synchronized Optional<String> setting(String key) {
        return read("read a setting of", () -> Optional.ofNullable(MetaRows.setting(connection, key)));
    }

    /** Stores settings in one transaction; a null value removes the key. */
    public synchronized void putSettings(java.util.Map<String, String> values) {
        write("save a setting of", () -> {
            for (java.util.Map.Entry<String, String> e : values.entrySet()) {
                MetaRows.putSetting(connection, e.getKey(), e.getValue());
            }
            return null;
        });
    }

    /**
     * Runs {@code listener} after every committed write, on the writing thread; the linked journal file follows
     * the notebook through it. Settings written by {@link #putSettings} count as writes too.
     */
    public void afterEachWrite(Runnable listener) {
        afterWrites.add(listener);
    }

    public void removeAfterEachWrite(Runnable listener) {
        afterWrites.remove(listener);
    }

    /** Runs {@code last} when the notebook is closed, while it can still be read and written. */
    public void beforeClose(Runnable last) {
        beforeClose.add(last);
    }

    /** The whole outline: pages, years and everything below them. */
    public synchronized Outline outline() {
        return read("read the outline of", () -> new Outline(nodes.all()));
    }

    /** Metadata, outline and resources, read together. */
    public synchronized Notebook notebook() {
        return read("read", () -> new Notebook(MetaRows.read(connection), new Outline(nodes.all()),
                ResourceRows.all(connection), InboxRows.all(connection)));
    }

    /**
     * An id no node ever had in this notebook (ids are not reused, so an undo step that puts a node back cannot meet
     * it): for changes that bring in nodes whose ids must be known before they are stored.
     */
    public synchronized long unusedNodeId() {
        return read("read the ids of", () -> {
            try (Statement statement = connection.createStatement();
                 java.sql.ResultSet row = statement.executeQuery("SELECT max(coalesce((SELECT seq FROM "
                         + "sqlite_sequence WHERE name = 'node'), 0), coalesce((SELECT max(id) FROM node), 0)) + 1")) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    public synchronized Optional<Node> find(long id) {
        return read("read a node of", () -> nodes.find(id));
    }

    /**
     * Applies one user action in one transaction and returns its inverse (applying that undoes the action).
     * New nodes with negative ids get real ids; the returned inverse uses the real ids.
     */
    public synchronized List<Change> apply(List<Change> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        return List.copyOf(write("save the change to", () -> ChangeWriter.apply(connection, nodes, changes)));
    }

    /** Replaces everything in the notebook (metadata, outline, resources, inbox) in one transaction; for import. */
    public synchronized void replaceAll(Notebook notebook) {
        List<Node> ordered = notebook.outline().preorder();
        if (ordered.size() != notebook.outline().size()) {
            throw new IllegalArgumentException((notebook.outline().size() - ordered.size())
                    + " nodes of the notebook cannot be reached from the top level");
        }
        ordered.stream().filter(n -> n.id() < 0).findFirst().ifPresent(n -> {
            throw new IllegalArgumentException("node \"" + n.name() + "\" has the placeholder id " + n.id()
                    + "; a whole notebook is stored under real ids");
        });
        ensureOpen();
        beforeWrite.beforeWrite(true);
        writeOnly("replace the contents of", () -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM inbox_entry");
                statement.executeUpdate("DELETE FROM resource");
                statement.executeUpdate("DELETE FROM node");
                statement.executeUpdate("DELETE FROM meta WHERE key <> '" + NotebookId.KEY + "' AND key NOT LIKE '"
                        + MetaRows.KEPT_ON_REPLACE.replace("_", "\\_") + "%' ESCAPE '\\'");
            }
            MetaRows.write(connection, notebook.meta());
            for (Node node : ordered) {
                nodes.insert(node, true);
            }
            ResourceRows.insert(connection, notebook.resources());
            InboxRows.insert(connection, notebook.inbox(), Instant.now());
            return null;
        });
    }

    /** Full-text search over item names, notes and pages; best matches first. */
    public synchronized List<SearchHit> search(String text, int limit) {
        return search(text, limit, page -> List.of());
    }

    /**
     * Full-text search as {@link #search(String, int)}, where a page's task items are hits of their own, right after
     * their page. {@code tasksOfPage} reads the task texts out of a page's text (task N at index N - 1): the store
     * leaves Markdown to the layer that knows it.
     */
    public synchronized List<SearchHit> search(String text, int limit, Function<String, List<String>> tasksOfPage) {
        return read("search", () -> FullTextSearch.search(connection, text, limit, tasksOfPage));
    }

    /** Every inbox entry, whatever its status, oldest first. */
    public synchronized List<InboxEntry> inbox() {
        return read("read the inbox of", () -> InboxRows.all(connection));
    }

    /** Adds clipped entries to the inbox in one transaction and returns them with their ids and clipping time. */
    public synchronized List<InboxEntry> addToInbox(List<InboxEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return write("add to the inbox of", () -> InboxRows.insert(connection, entries, Instant.now()));
    }

    public synchronized List<Resource> resources() {
        return read("read the resources of", () -> ResourceRows.all(connection));
    }

    /**
     * Looks for damage: SQLite's integrity and foreign-key checks, the search index, and the outline's shape (kinds
     * under the right parents, sibling positions 0..n-1, no loops). Empty when the notebook is healthy.
     */
    public synchronized List<String> check() {
        return read("check", () -> List.copyOf(NotebookCheck.run(connection)));
    }

    /**
     * Rebuilds the search index from the notes, which it leaves as they are; for {@code goalbook check --repair}.
     * Works also when the index is too damaged to load.
     */
    public synchronized void rebuildSearchIndex() {
        write("rebuild the search index of", () -> {
            FullTextSearch.rebuild(connection);
            return null;
        });
    }

    /** Told before the store writes: what keeps the notebook's backups (docs/decisions/rolling-backups.md). */
    @FunctionalInterface
    public interface BeforeWrite {
        /**
         * Runs before a write, outside its transaction, on the writing thread; must not throw.
         *
         * @param replacing the write replaces the whole notebook (an import), rather than changing part of it
         */
        void beforeWrite(boolean replacing);
    }

    /** Sets what is told before every write; one at a time. */
    public synchronized void beforeWrites(BeforeWrite hook) {
        beforeWrite = hook;
    }

    /**
     * Copies the notebook as it is now to {@code copy} with SQLite's online backup, through this store's own
     * connection: the notebook is held exclusively, so no other connection could read it. The copy is made under a
     * hidden name, made self-contained, checked (SQLite's integrity check) and forced to disk before it gets its name.
     *
     * @throws NotebookException with one line when the copy cannot be made or fails its check; the notebook is
     *                           unchanged either way
     */
    public synchronized void backUpTo(Path copy) {
        ensureOpen();
        Path temp = null;
        try {
            Path folder = copy.toAbsolutePath().getParent();
            temp = Files.createTempFile(folder, "." + copy.getFileName() + ".", ".part");
            int code = connection.unwrap(SQLiteConnection.class).getDatabase().backup("main", temp.toString(), null);
            if (code != SQLiteErrorCode.SQLITE_OK.code) {
                throw new SQLException(SQLiteErrorCode.getErrorCode(code).message);
            }
            NotebookCopy.finish(temp);
            Files.move(temp, copy, StandardCopyOption.ATOMIC_MOVE);
            NotebookFile.syncFolder(folder);
        } catch (IOException | SQLException | RuntimeException e) {
            if (temp != null) {
                NotebookCopy.deleteQuietly(temp);
            }
            String reason = e instanceof NotebookException ? e.getMessage() : NotebookFile.reason(e);
            throw new NotebookException("Could not back up " + file + " to " + copy + ": " + reason, e);
        }
    }

    /**
     * Replaces everything in the notebook by what the copy {@code source} holds, in one step through this store's own
     * connection (so no second writer ever opens the notebook). The source is checked first, on a private copy; an
     * older schema is brought up to date. The notebook keeps its own identity.
     *
     * @throws NotebookException with one line when the source is not a notebook, is damaged or newer, or the restore
     *                           fails; the notebook is unchanged then
     */
    public synchronized void restoreFrom(Path source) {
        ensureOpen();
        Path copy = NotebookCopy.workingCopy(source, file.getParent());
        try {
            String id = NotebookId.read(connection).orElseThrow();
            int code = connection.unwrap(SQLiteConnection.class).getDatabase().restore("main", copy.toString(), null);
            if (code != SQLiteErrorCode.SQLITE_OK.code) {
                throw new SQLException(SQLiteErrorCode.getErrorCode(code).message);
            }
            Migrations.upgrade(connection);
            writeOnly("restore", () -> {
                NotebookId.set(connection, id);
                return null;
            });
            // Into the main file at once, like the id of a new notebook: a log must never carry another id.
            checkpoint(connection);
        } catch (SQLException e) {
            throw new NotebookException("Could not restore " + file + " from " + source + ": " + explain(e), e);
        } finally {
            NotebookCopy.deleteQuietly(copy);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        try {
            beforeClose.forEach(Runnable::run);
        } finally {
            closed = true;
            closeStore();
        }
    }

    private void closeStore() {
        try {
            nodes.close();
        } catch (SQLException ignored) {
            // The connection is closed next, which finalises its statements anyway.
        }
        closeQuietly(connection);
        guard.close();
    }

    /** A piece of work against the connection. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T read(String what, Work<T> work) {
        ensureOpen();
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs the work as one transaction; anything thrown rolls it back completely. */
    private <T> T write(String what, Work<T> work) {
        ensureOpen();
        beforeWrite.beforeWrite(false);
        return writeOnly(what, work);
    }

    private <T> T writeOnly(String what, Work<T> work) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run();
                NotebookId.touch(connection);
                statement.execute("COMMIT");
                afterWrites.forEach(Runnable::run);
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(statement, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static void rollback(Statement statement, Exception cause) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e); // SQLite may have rolled back by itself already (e.g. disk full).
        }
    }

    private NotebookException failure(String what, SQLException e) {
        return new NotebookException("Could not " + what + " " + file + ": " + explain(e), e);
    }

    /** SQLite's reason in one line; damage to the search index is named as such, with what repairs it. */
    private static String explain(Exception e) {
        if (e instanceof SQLException sql && FullTextSearch.isIndexDamage(sql)) {
            return "its search index is damaged (" + NotebookFile.reason(e) + "); " + FullTextSearch.HOW_TO_REPAIR;
        }
        return NotebookFile.reason(e);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The notebook " + file + " is closed");
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing more can be done with a connection that will not close.
            }
        }
    }
}
