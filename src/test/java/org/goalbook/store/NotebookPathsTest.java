package org.goalbook.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NotebookPathsTest {
    private static final Path HOME = Path.of("/home/ed");

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertEquals(Path.of("/data/goalbook/notebook.goalbook"),
                NotebookPaths.defaultNotebook("Linux", Map.of("XDG_DATA_HOME", "/data"), HOME));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertEquals(Path.of("/home/ed/.local/share/goalbook/notebook.goalbook"),
                NotebookPaths.defaultNotebook("Linux", Map.of(), HOME));
    }

    @Test
    void aRelativeOrEmptyXdgDataHomeIsIgnored() {
        Path expected = Path.of("/home/ed/.local/share/goalbook/notebook.goalbook");
        assertEquals(expected, NotebookPaths.defaultNotebook("Linux", Map.of("XDG_DATA_HOME", "data"), HOME));
        assertEquals(expected, NotebookPaths.defaultNotebook("Linux", Map.of("XDG_DATA_HOME", " "), HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of("/Users/ed/Library/Application Support/Goalbook/notebook.goalbook"),
                NotebookPaths.defaultNotebook("Mac OS X", Map.of(), Path.of("/Users/ed")));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\ed\\AppData\\Roaming";
        assertEquals(Path.of(appData, "Goalbook", "notebook.goalbook"),
                NotebookPaths.defaultNotebook("Windows 11", Map.of("APPDATA", appData), Path.of("C:\\Users\\ed")));
    }

    @Test
    void xdgDataHomeWinsOnEveryPlatform() {
        assertEquals(Path.of("/xdg/goalbook/notebook.goalbook"),
                NotebookPaths.defaultNotebook("Mac OS X", Map.of("XDG_DATA_HOME", "/xdg"), Path.of("/Users/ed")));
    }
}
