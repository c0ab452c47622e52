package org.goalbook.bench;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

import org.goalbook.ui.dialogs.FileDialogs;

/** File dialogs for a benchmark window: it never opens one, so every question is answered with "cancelled". */
final class NoFileDialogs implements FileDialogs {
    @Override
    public Optional<Path> open(Window owner, String title, Kind kind) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> save(Window owner, String title, Kind kind, String suggestedName) {
        return Optional.empty();
    }
}
