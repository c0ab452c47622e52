package org.goalbook.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import javafx.stage.Window;

import org.goalbook.ui.dialogs.FileDialogs;

/** File dialogs that answer with the paths a test queued, in order; empty (as if cancelled) when none is left. */
public final class TestFileDialogs implements FileDialogs {
    private final Deque<Path> answers = new ArrayDeque<>();
    private String suggestedName;

    public TestFileDialogs answer(Path path) {
        answers.add(path);
        return this;
    }

    @Override
    public Optional<Path> open(Window owner, String title, Kind kind) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> save(Window owner, String title, Kind kind, String suggestedName) {
        this.suggestedName = suggestedName;
        return Optional.ofNullable(answers.poll());
    }

    /** The file name the latest save dialog suggested. */
    public String suggestedName() {
        return suggestedName;
    }
}
