package org.goalbook.ui.inbox;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Window;

import org.goalbook.clip.ClipRefused;
import org.goalbook.clip.Clipping;
import org.goalbook.ui.BackgroundWork;
import org.goalbook.ui.StatusBar;
import org.goalbook.ui.dialogs.FileDialogs;

/**
 * File › Clip newsletter…, Ctrl+Shift+V and a file dropped on a window: reads a file or the clipboard's text in the background (the window
 * never waits on a large file), adds what is new to the inbox and shows it.
 */
public final class ClipCommands {
    private final Supplier<Window> owner;
    private final FileDialogs dialogs;
    private final BackgroundWork work;
    private final StatusBar status;
    private final InboxModel model;
    private final Runnable showInbox;

    public ClipCommands(Supplier<Window> owner, FileDialogs dialogs, BackgroundWork work, StatusBar status,
                        InboxModel model, Runnable showInbox) {
        this.owner = owner;
        this.dialogs = dialogs;
        this.work = work;
        this.status = status;
        this.model = model;
        this.showInbox = showInbox;
    }

    public void clipFile() {
        dialogs.open(owner.get(), "Clip newsletter", FileDialogs.Kind.NEWSLETTER).ifPresent(this::clip);
    }

    /** Clips files dropped on a window, one after the other, as if each was chosen in File › Clip newsletter…. */
    public void clipDropped(List<File> files) {
        files.forEach(f -> clip(f.toPath()));
    }

    /** Lets files dragged onto {@code scene} (the main window, the inbox) be clipped; other drags pass by. */
    public void acceptDrops(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.getDragboard().hasFiles() && !e.isConsumed()) {
                clipDropped(e.getDragboard().getFiles());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    private void clip(Path file) {
        work.run(() -> Clipping.read(file), this::add, this::refused);
    }

    /** Clips the clipboard's text (a newsletter pasted from a mail program, a list of links, one link). */
    public void clipClipboard() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            status.warn("The clipboard holds no text to clip.");
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        work.run(() -> Clipping.read("clipboard", bytes), this::add, this::refused);
    }

    private void add(Clipping clipping) {
        status.info(model.clip(clipping));
        showInbox.run();
    }

    private void refused(Exception e) {
        status.warn(e instanceof ClipRefused ? "Nothing clipped: " + e.getMessage()
                : "Nothing clipped: " + e.getClass().getSimpleName() + " " + e.getMessage());
    }
}
