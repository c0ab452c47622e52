package org.goalbook.ui;

import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.goalbook.model.Stance;
import org.goalbook.ui.tree.TreeFilter;

/**
 * How the window shows things, apart from what it shows: preview on/off, theme, font size, the tree's filters and
 * the current search matches. Theme, font size and preview are read from and written to the settings as they
 * change. Plain JavaFX properties: usable without a running toolkit.
 */
public final class ViewOptions {
    private final BooleanProperty previewShown = new SimpleBooleanProperty();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final IntegerProperty fontSize = new SimpleIntegerProperty();
    private final BooleanProperty hideDone = new SimpleBooleanProperty();
    private final BooleanProperty hideSkipped = new SimpleBooleanProperty();
    private final ObjectProperty<Stance> onlyStance = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<Long>> matches = new SimpleObjectProperty<>();
    private final ObjectBinding<TreeFilter> filter = Bindings.createObjectBinding(() -> new TreeFilter(
            hideDone.get(), hideSkipped.get(), onlyStance.get(), matches.get()),
            hideDone, hideSkipped, onlyStance, matches);

    public ViewOptions(Settings settings) {
        previewShown.set(settings.previewShown());
        darkTheme.set(settings.darkTheme());
        fontSize.set(settings.fontSize());
        previewShown.addListener((obs, was, is) -> settings.setPreviewShown(is));
        darkTheme.addListener((obs, was, is) -> settings.setDarkTheme(is));
        fontSize.addListener((obs, was, is) -> settings.setFontSize(is.intValue()));
    }

    public BooleanProperty previewShown() {
        return previewShown;
    }

    public BooleanProperty darkTheme() {
        return darkTheme;
    }

    /** The font size in pixels, between {@link Settings#MIN_FONT_SIZE} and {@link Settings#MAX_FONT_SIZE}. */
    public IntegerProperty fontSize() {
        return fontSize;
    }

    public void fontBigger() {
        fontSize.set(Settings.clampFontSize(fontSize.get() + 1));
    }

    public void fontSmaller() {
        fontSize.set(Settings.clampFontSize(fontSize.get() - 1));
    }

    public void fontReset() {
        fontSize.set(Settings.DEFAULT_FONT_SIZE);
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

    /** Ids of the nodes matching the search, or null when not searching. */
    public ObjectProperty<Set<Long>> matches() {
        return matches;
    }

    /** What the tree leaves out, from the filters and the search together. */
    public ObjectBinding<TreeFilter> filter() {
        return filter;
    }
}
