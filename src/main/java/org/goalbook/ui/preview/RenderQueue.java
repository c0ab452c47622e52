package org.goalbook.ui.preview;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Renders the latest Markdown on a background executor: a burst of keystrokes while a render runs collapses into
 * one more render of the newest text, never a backlog. The executor must run tasks one at a time, in order (the
 * shared {@link #RENDER_THREAD}, or {@code Runnable::run} in tests).
 */
final class RenderQueue<R> {
    /** One daemon thread for every preview: renders are short and never need to run side by side. */
    static final Executor RENDER_THREAD = renderThread();

    private final Executor executor;
    private final Function<String, R> render;
    private final Consumer<R> rendered;
    private final AtomicReference<String> pending = new AtomicReference<>();

    RenderQueue(Executor executor, Function<String, R> render, Consumer<R> rendered) {
        this.executor = executor;
        this.render = render;
        this.rendered = rendered;
    }

    /** Queues the text; if a render is already waiting, it will simply pick up this newer text instead. */
    void submit(String markdown) {
        if (pending.getAndSet(markdown) == null) {
            executor.execute(this::renderLatest);
        }
    }

    private void renderLatest() {
        String markdown = pending.getAndSet(null);
        if (markdown != null) {
            rendered.accept(render.apply(markdown));
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
