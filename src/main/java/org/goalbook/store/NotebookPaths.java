package org.goalbook.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Goalbook keeps its notebook when the user names none: the platform's folder for application data. */
public final class NotebookPaths {
    /** The notebook's file name inside the data folder. */
    public static final String FILE_NAME = "notebook.goalbook";

    private NotebookPaths() {
    }

    /** The default notebook for this user on this machine. */
    public static Path defaultNotebook() {
        return defaultNotebook(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * The default notebook for the given platform: {@code $XDG_DATA_HOME/goalbook} wherever that is set (the XDG
     * spec ignores a relative value), else {@code ~/.local/share/goalbook} on Linux and other Unixes,
     * {@code ~/Library/Application Support/Goalbook} on macOS, {@code %APPDATA%\Goalbook} on Windows.
     */
    public static Path defaultNotebook(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && isAbsolute(xdg)) {
            return Path.of(xdg, "goalbook", FILE_NAME);
        }
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve("Goalbook").resolve(FILE_NAME);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Goalbook").resolve(FILE_NAME);
        }
        return home.resolve(".local").resolve("share").resolve("goalbook").resolve(FILE_NAME);
    }

    /** Absolute on either kind of system, whatever system this runs on: "/x", "C:\x", "\\server\x". */
    private static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.startsWith("\\\\") || path.matches("(?s)[A-Za-z]:[\\\\/].*");
    }
}
