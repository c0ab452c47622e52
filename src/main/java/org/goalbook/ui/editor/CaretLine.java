package org.goalbook.ui.editor;

import java.util.Collection;

import javafx.collections.ListChangeListener;
import javafx.scene.control.IndexRange;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.PathElement;

import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.fxmisc.richtext.SelectionPath;

/**
 * The band behind the caret's line (the wrapped line on screen, not the whole paragraph), hidden while text is
 * selected. RichTextFX's own line highlighter does the same, but works out the line on every text change and every
 * caret move, in the middle of the key's handling: it lays the changed paragraph out there and then, which was the
 * largest part of a keystroke's time on the FX thread. This band is moved once per burst of keys, after the
 * preview has its share ({@link TextBursts#onCaret}), and otherwise only shifts with the text like any selection.
 */
final class CaretLine {
    static final String STYLE_CLASS = "line-highlighter";

    private final GenericStyledArea<?, ?, Collection<String>> area;
    private final Selection<?, ?, Collection<String>> band;

    <PS, SEG> CaretLine(GenericStyledArea<PS, SEG, Collection<String>> area) {
        this.area = area;
        Selection<PS, SEG, Collection<String>> selection = new SelectionImpl<>("caret-line", area, CaretLine::style);
        area.addSelection(selection);
        this.band = selection;
    }

    /** Puts the band on the caret's line, or hides it under a selection. */
    void follow() {
        int caret = area.getCaretPosition();
        if (area.getSelection().getLength() > 0) {
            band.selectRange(caret, caret);
            return;
        }
        int paragraph = area.getCurrentParagraph();
        int start = area.getAbsolutePosition(paragraph, area.getCurrentLineStartInParargraph());
        int end = area.getAbsolutePosition(paragraph, Math.max(0, area.getCurrentLineEndInParargraph()));
        // An empty line has no character to draw behind: its line break gives the band its place.
        band.selectRange(start, end > start ? end : Math.min(area.getLength(), start + 1));
    }

    /** The text the band covers; empty while it is hidden. */
    IndexRange range() {
        return band.getRange();
    }

    /** As RichTextFX draws its line highlighter: behind the text, as wide as the paragraph, one line high. */
    private static void style(SelectionPath path) {
        path.getStyleClass().add(STYLE_CLASS);
        path.setManaged(false);
        path.getElements().addListener((ListChangeListener<PathElement>) change -> {
            while (change.next()) {
                if ((change.wasAdded() || change.wasReplaced()) && path.getParent() != null) {
                    double width = path.getParent().getLayoutBounds().getWidth();
                    change.getAddedSubList().stream().skip(1).limit(2).forEach(e -> ((LineTo) e).setX(width));
                    if (change.getAddedSize() > 5) {
                        path.getElements().remove(5, 10);
                    }
                    path.toBack();
                }
            }
        });
    }
}
