package org.goalbook.ui.editor;

import java.util.function.IntConsumer;

import javafx.scene.control.Label;

/** Stands where the live preview goes until the real one is there: shows the Markdown as plain text. */
public final class PlaceholderPreview implements MarkdownPreview {
    private final Label label = new Label();

    public PlaceholderPreview() {
        label.getStyleClass().add("preview-placeholder");
        label.setWrapText(true);
        label.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    }

    @Override
    public javafx.scene.Node view() {
        return label;
    }

    @Override
    public void setMarkdown(String markdown) {
        label.setText(markdown);
    }

    @Override
    public void setOnTaskToggled(IntConsumer handler) {
        // Plain text has no task boxes to click.
    }

    @Override
    public void setDarkTheme(boolean dark) {
        // Follows the window's stylesheet.
    }

    @Override
    public void setFontSize(double px) {
        // Follows the window's font size.
    }
}
