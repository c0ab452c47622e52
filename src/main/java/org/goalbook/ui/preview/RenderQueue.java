package org.goalbook.ui.preview;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

    RenderQueue(Executor executor, Function<String, R> render, Consumer<R> rendered) {
        this.executor = executor;
        this.render = render;
        this.rendered = rendered;
    }

    /** Queues the text; if a render is already waiting, it will simply pick up this newer text instead. */
    void submit(String markdown) {
        if (pending.getAndSet(old -> markdown) == null) {
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
        if (was == null) {
            executor.execute(this::renderLatest);
        }
    }

    private void renderLatest() {
        UnaryOperator<String> change = pending.getAndSet(null);
        if (change != null) {
            text = change.apply(text);
            rendered.accept(render.apply(text));
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
