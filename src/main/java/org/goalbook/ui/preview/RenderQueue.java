package org.goalbook.ui.preview;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.goalbook.markdown.TextEdit;

/**
 * Renders the latest Markdown on a background executor: a burst of keystrokes while a render runs collapses into
 * one more render of the newest text, never a backlog. The text arrives whole (a note is opened) or as edits of
 * the text before (typing), which the render thread makes to its own copy, so a keystroke never copies a long
 * note on the calling thread. The executor must run tasks one at a time, in order (the shared
 * {@link #RENDER_THREAD}, or {@code Runnable::run} in tests).
 */
final class RenderQueue<R> {
    /** One daemon thread for every preview: renders are short and never need to run side by side. */
    static final Executor RENDER_THREAD = renderThread();

    private final Executor executor;
    private final Function<String, R> render;
    private final Consumer<R> rendered;
    /** What turns the text last rendered into the newest one; null while nothing waits. */
    private final AtomicReference<UnaryOperator<String>> pending = new AtomicReference<>();
    /** The text last rendered; the render thread's own. */
    private String text = "";
    /** How many texts and bursts of edits were submitted; written by the calling thread only. */
    private final AtomicLong submitted = new AtomicLong();
    /** Guards {@link #renderedUpTo}; waiters for a render wait on it. */
    private final Object finished = new Object();
    /** How many submissions the last finished render held. */
    private long renderedUpTo;

    RenderQueue(Executor executor, Function<String, R> render, Consumer<R> rendered) {
        this.executor = executor;
        this.render = render;
        this.rendered = rendered;
    }

    /** Queues the text; if a render is already waiting, it will simply pick up this newer text instead. */
    void submit(String markdown) {
        boolean first = pending.getAndSet(old -> markdown) == null;
        submitted.incrementAndGet(); // after the text is pending: a render that counts it also holds it
        if (first) {
            executor.execute(this::renderLatest);
        }
    }

    /** Queues edits of the text submitted (and edited) before; they are made in order on the render thread. */
    void submitEdits(List<TextEdit> edits) {
        UnaryOperator<String> change = old -> {
            String next = old;
            for (TextEdit edit : edits) {
                next = edit.applyTo(next);
            }
            return next;
        };
        UnaryOperator<String> was = pending.getAndUpdate(p -> p == null ? change : old -> change.apply(p.apply(old)));
        submitted.incrementAndGet();
        if (was == null) {
            executor.execute(this::renderLatest);
        }
    }

    /**
     * Waits at most {@code millis} for the render of everything submitted so far to be handed to the consumer
     * (calling thread). True when it was: the consumer can take it now instead of when its hand-off arrives.
     */
    boolean awaitRendered(long millis) throws InterruptedException {
        long target = submitted.get();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (finished) {
            while (renderedUpTo < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(finished, left);
            }
            return true;
        }
    }

    private void renderLatest() {
        long upTo = submitted.get(); // read before taking the change: every submission counted is in it
        UnaryOperator<String> change = pending.getAndSet(null);
        if (change != null) {
            try {
                text = change.apply(text);
                rendered.accept(render.apply(text));
            } finally {
                // Also after a failed render: nobody waits for one that will not come.
                synchronized (finished) {
                    renderedUpTo = Math.max(renderedUpTo, upTo);
                    finished.notifyAll();
                }
            }
        }
    }

    private static ExecutorService renderThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "goalbook-preview-render");
            thread.setDaemon(true);
            return thread;
        });
    }
}
