package org.goalbook.ui.preview;

/** Opens a link from the preview outside the app: the system browser for web links, the mail program for mailto. */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
