package org.goalbook.app;

import java.util.Optional;

/**
 * Says in one line what the desktop lacks when JavaFX cannot start its toolkit: no display, GTK 3 not installed, or
 * another system library missing, and how to get it. Other failures are not explained here: they are bugs.
 */
final class MissingDesktop {
    /** JavaFX's own messages (com.sun.glass.ui.gtk.GtkApplication), the only trace of what went wrong. */
    private static final String NO_DISPLAY = "Unable to open DISPLAY";
    private static final String NO_GTK = "Unable to load glass GTK library";
    private static final String NO_LIBRARY = ": cannot open shared object file";

    private MissingDesktop() {
    }

    /**
     * The message for a failed toolkit start, or empty when {@code failure} is not about the desktop.
     *
     * @param display the value of {@code DISPLAY}, or null when it is not set
     */
    static Optional<String> explain(Throwable failure, String display) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.startsWith(NO_DISPLAY)) {
                return Optional.of(display == null || display.isBlank()
                        ? "Goalbook's window needs a graphical desktop, and there is none here (DISPLAY is not set);"
                                + " start it from your desktop, or use the command line: goalbook --help"
                        : "Goalbook's window cannot reach the display DISPLAY=" + display
                                + "; check that the desktop session is running, or use the command line: goalbook --help");
            }
            if (message.startsWith(NO_GTK)) {
                return Optional.of("Goalbook's window needs the GTK 3 library, which is not installed; install it"
                        + " (Debian, Ubuntu: sudo apt install libgtk-3-0; Fedora: sudo dnf install gtk3;"
                        + " openSUSE: sudo zypper install libgtk-3-0) and start Goalbook again");
            }
            if (t instanceof UnsatisfiedLinkError && message.contains(NO_LIBRARY)) {
                String library = message.substring(0, message.indexOf(NO_LIBRARY));
                library = library.substring(library.lastIndexOf(' ') + 1);
                return Optional.of("Goalbook's window needs the system library " + library
                        + ", which is not installed; install it with your package manager and start Goalbook again");
            }
        }
        return Optional.empty();
    }
}
