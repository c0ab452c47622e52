package org.goalbook.ui.model;

import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.goalbook.model.Stance;

/**
 * How the window shows things, apart from what it shows: preview on/off, theme, font size, the tree's filters and
 * the current search matches. Theme, font size and preview are read from and written to the user's settings as they
 * change. Plain JavaFX properties: usable without a running toolkit.
 */
public final class ViewOptions {
    public static final int DEFAULT_FONT_SIZE = 14;
    public static final int MIN_FONT_SIZE = 10;
    public static final int MAX_FONT_SIZE = 24;

    /** Where the options that outlive the window are kept (the user's settings). */
    public interface Memory {
        boolean previewShown();

        void setPreviewShown(boolean shown);

        boolean darkTheme();

        void setDarkTheme(boolean dark);

        int fontSize();

        void setFontSize(int size);
    }

    private final BooleanProperty previewShown = new SimpleBooleanProperty();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final IntegerProperty fontSize = new SimpleIntegerProperty();
    private final BooleanProperty hideDone = new SimpleBooleanProperty();
    private final BooleanProperty hideSkipped = new SimpleBooleanProperty();
    private final ObjectProperty<Stance> onlyStance = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<Long>> matches = new SimpleObjectProperty<>();

    public ViewOptions(Memory memory) {
        previewShown.set(memory.previewShown());
        darkTheme.set(memory.darkTheme());
        fontSize.set(memory.fontSize());
        previewShown.addListener((obs, was, is) -> memory.setPreviewShown(is));
        darkTheme.addListener((obs, was, is) -> memory.setDarkTheme(is));
        fontSize.addListener((obs, was, is) -> memory.setFontSize(is.intValue()));
    }

    /** A font size the window can show: between {@link #MIN_FONT_SIZE} and {@link #MAX_FONT_SIZE}. */
    public static int clampFontSize(int size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }

    public BooleanProperty previewShown() {
        return previewShown;
    }

    public BooleanProperty darkTheme() {
        return darkTheme;
    }

    /** The font size in pixels, between {@link #MIN_FONT_SIZE} and {@link #MAX_FONT_SIZE}. */
    public IntegerProperty fontSize() {
        return fontSize;
    }

    public void fontBigger() {
        fontSize.set(clampFontSize(fontSize.get() + 1));
    }

    public void fontSmaller() {
        fontSize.set(clampFontSize(fontSize.get() - 1));
    }

    public void fontReset() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }

    public BooleanProperty hideDone() {
        return hideDone;
    }

    public BooleanProperty hideSkipped() {
        return hideSkipped;
    }

    public ObjectProperty<Stance> onlyStance() {
        return onlyStance;
    }

    /** Ids of the nodes and keys of the page tasks ({@code TaskKey}) matching the search, or null when not searching. */
    public ObjectProperty<Set<Long>> matches() {
        return matches;
    }
}
