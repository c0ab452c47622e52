package org.goalbook.ui;

import java.util.Objects;

import javafx.application.Application;
import javafx.scene.Scene;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * Theme and font size for the whole window: AtlantaFX Primer light or dark as the user-agent stylesheet, our
 * stylesheets on top, and a font-size style class on the root that every control's size follows.
 */
public final class Appearance {
    static final String BASE_CSS = css("goalbook.css");
    static final String LIGHT_CSS = css("goalbook-light.css");
    static final String DARK_CSS = css("goalbook-dark.css");
    private static final String FONT_CLASS = "font-";

    private Appearance() {
    }

    public static void apply(Scene scene, boolean dark, int fontSize) {
        // The binary form of the theme loads faster than parsing its CSS: the first frame comes sooner.
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        scene.getStylesheets().setAll(BASE_CSS, dark ? DARK_CSS : LIGHT_CSS);
        var classes = scene.getRoot().getStyleClass();
        classes.removeIf(c -> c.startsWith(FONT_CLASS));
        classes.add(FONT_CLASS + Settings.clampFontSize(fontSize));
    }

    private static String css(String name) {
        return Objects.requireNonNull(Appearance.class.getResource(name), name).toExternalForm();
    }
}
