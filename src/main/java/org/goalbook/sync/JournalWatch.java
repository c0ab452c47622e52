package org.goalbook.sync;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * Watches the folder of a linked journal file and says when something happened to the file (written, replaced by a
 * rename as git and editors do, deleted). The folder is watched rather than the file, because a rename over the file
 * gives it a new identity that a watch on the file itself would lose.
 */
public final class JournalWatch implements AutoCloseable {
    private final WatchService service;
    private final Thread thread;

    /**
     * Starts watching; {@code changed} runs on the watching thread.
     *
     * @throws LinkProblem when the folder cannot be watched
     */
    public JournalWatch(Path file, Runnable changed) {
        Path absolute = file.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        try {
            service = FileSystems.getDefault().newWatchService();
            absolute.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException e) {
            throw new LinkProblem(absolute.getParent() + ": the linked journal's folder cannot be watched ("
                    + e.getMessage() + "); changes to the file are read when the window is focused again", e);
        }
        thread = new Thread(() -> watch(name, changed), "journal-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch(Path name, Runnable changed) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    ours |= event.kind() == StandardWatchEventKinds.OVERFLOW || name.equals(event.context());
                }
                if (ours) {
                    changed.run();
                }
                if (!key.reset()) {
                    return; // the folder itself is gone; the focus check still notices
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the notebook was closed or linked elsewhere
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // a watch that will not close stops with the daemon thread at exit
        }
        thread.interrupt();
    }
}
