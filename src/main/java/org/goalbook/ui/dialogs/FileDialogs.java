package org.goalbook.ui.dialogs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.Window;

/** Asks the user for a file to open or save; tests put in an implementation that answers with a temporary path. */
public interface FileDialogs {

    /** The kinds of file Goalbook opens and writes, with their extensions (first one the default). */
    enum Kind {
        NOTEBOOK("Goalbook notebook", List.of("*.goalbook", "*.db", "*.sqlite")),
        JOURNAL("Markdown journal", List.of("*.md", "*.markdown", "*.txt")),
        RADAR("Technology radar (CSV or JSON)", List.of("*.csv", "*.json")),
        RADAR_PICTURE("Radar picture (SVG or PNG)", List.of("*.svg", "*.png")),
        NEWSLETTER("Newsletter, feed or e-mail", List.of("*.txt", "*.md", "*.html", "*.htm", "*.eml", "*.rss", "*.atom",
                "*.xml"));

        private final String description;
        private final List<String> patterns;

        Kind(String description, List<String> patterns) {
            this.description = description;
            this.patterns = patterns;
        }

        public String description() {
            return description;
        }

        public List<String> patterns() {
            return patterns;
        }
    }

    Optional<Path> open(Window owner, String title, Kind kind);

    Optional<Path> save(Window owner, String title, Kind kind, String suggestedName);
}
