package org.goalbook.ui.dialogs;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's file choosers, starting in the folder used last. */
public final class SystemFileDialogs implements FileDialogs {
    private File lastFolder;

    @Override
    public Optional<Path> open(Window owner, String title, Kind kind) {
        return remember(chooser(title, kind, null).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> save(Window owner, String title, Kind kind, String suggestedName) {
        return remember(chooser(title, kind, suggestedName).showSaveDialog(owner));
    }

    private FileChooser chooser(String title, Kind kind, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
