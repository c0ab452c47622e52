package org.goalbook.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.goalbook.ui.model.ViewOptions;

/**
 * The user's window settings, kept apart from notebook data in {@code java.util.prefs}: window place, divider
 * positions, theme, font size, preview on/off, last and recent notebooks. Tests pass their own preferences node.
 */
public final class Settings implements ViewOptions.Memory {
    public static final int DEFAULT_FONT_SIZE = ViewOptions.DEFAULT_FONT_SIZE;
    public static final int MIN_FONT_SIZE = ViewOptions.MIN_FONT_SIZE;
    public static final int MAX_FONT_SIZE = ViewOptions.MAX_FONT_SIZE;
    private static final int RECENT_LIMIT = 8;

    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The real user's settings. */
    public static Settings user() {
        return new Settings(Preferences.userRoot().node("org/goalbook/ui"));
    }

    /** Where the window was and how big, if it was ever closed. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
        /**
         * This place moved and shrunk as little as needed to lie within a screen area: a window remembered on a
         * bigger or a second screen must not open out of reach.
         */
        public WindowPlace within(double minX, double minY, double areaWidth, double areaHeight) {
            double w = Math.min(width, areaWidth);
            double h = Math.min(height, areaHeight);
            double nx = Math.max(minX, Math.min(x, minX + areaWidth - w));
            double ny = Math.max(minY, Math.min(y, minY + areaHeight - h));
            return new WindowPlace(nx, ny, w, h, maximized);
        }
    }

    public Optional<WindowPlace> windowPlace() {
        double w = prefs.getDouble("window.width", -1);
        if (w <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowPlace(prefs.getDouble("window.x", 0), prefs.getDouble("window.y", 0), w,
                prefs.getDouble("window.height", 700), prefs.getBoolean("window.maximized", false)));
    }

    public void setWindowPlace(WindowPlace place) {
        prefs.putDouble("window.x", place.x());
        prefs.putDouble("window.y", place.y());
        prefs.putDouble("window.width", place.width());
        prefs.putDouble("window.height", place.height());
        prefs.putBoolean("window.maximized", place.maximized());
    }

    /** The tree/editor divider and the editor/preview divider, from 0 to 1. */
    public double treeDivider() {
        return prefs.getDouble("divider.tree", 0.38);
    }

    public void setTreeDivider(double at) {
        prefs.putDouble("divider.tree", at);
    }

    public double previewDivider() {
        return prefs.getDouble("divider.preview", 0.5);
    }

    public void setPreviewDivider(double at) {
        prefs.putDouble("divider.preview", at);
    }

    public boolean darkTheme() {
        return prefs.getBoolean("theme.dark", false);
    }

    public void setDarkTheme(boolean dark) {
        prefs.putBoolean("theme.dark", dark);
    }

    public int fontSize() {
        return clampFontSize(prefs.getInt("font.size", DEFAULT_FONT_SIZE));
    }

    public void setFontSize(int size) {
        prefs.putInt("font.size", clampFontSize(size));
    }

    public static int clampFontSize(int size) {
        return ViewOptions.clampFontSize(size);
    }

    public boolean previewShown() {
        return prefs.getBoolean("preview.shown", true);
    }

    public void setPreviewShown(boolean shown) {
        prefs.putBoolean("preview.shown", shown);
    }

    /** Notebooks opened lately, the latest first; the first one is the last notebook. */
    public List<Path> recentNotebooks() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String p = prefs.get("recent." + i, null);
            if (p != null) {
                out.add(Path.of(p));
            }
        }
        return out;
    }

    public Optional<Path> lastNotebook() {
        return recentNotebooks().stream().findFirst();
    }

    /** Puts a notebook first in the recent list. */
    public void addRecent(Path notebook) {
        Path absolute = notebook.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentNotebooks());
        list.remove(absolute);
        list.add(0, absolute);
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < list.size()) {
                prefs.put("recent." + i, list.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }

    /** Writes the settings to disk now rather than at some later moment. */
    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Settings are a comfort, not data: losing them must never stop the window from closing.
        }
    }
}
