package org.goalbook.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import javafx.application.Platform;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.goalbook.markdown.MarkdownHighlighter;
import org.goalbook.markdown.MarkdownHighlighter.Span;
import org.goalbook.markdown.MarkdownHighlighter.State;
import org.goalbook.markdown.MarkdownHighlighter.Styled;

/**
 * Keeps the editor's Markdown colours up to date: an edit restyles the paragraphs it touched, and the paragraphs
 * below only as long as what they inherit (an open code fence, the front matter) changed. The restyle runs once
 * per burst of changes, before the next frame.
 */
final class MarkdownHighlighting {
    private final CodeArea area;
    /** What each paragraph leaves open for the next; null where it is not known yet (newly typed lines). */
    private final List<State> after = new ArrayList<>();
    private int dirtyFrom = Integer.MAX_VALUE;
    private int dirtyTo = -1;
    private boolean scheduled;

    MarkdownHighlighting(CodeArea area) {
        this.area = area;
        after.add(null);
        area.plainTextChanges().subscribe(this::changed);
    }

    /** Styles the whole text now (after a note was loaded) instead of on the next pulse. */
    void restyleNow() {
        dirtyFrom = 0;
        dirtyTo = area.getParagraphs().size() - 1;
        restyle();
    }

    /** Restyles what changed since the last restyle now instead of on the next turn of the FX thread. */
    void restyleChanged() {
        if (scheduled) {
            restyle();
        }
    }

    private void changed(PlainTextChange change) {
        int paragraph = area.offsetToPosition(change.getPosition(), Bias.Forward).getMajor();
        int removed = lineBreaks(change.getRemoved());
        int inserted = lineBreaks(change.getInserted());
        while (after.size() <= paragraph) {
            after.add(null); // only if the bookkeeping ever missed a change: the restyle then runs to the end
        }
        // The paragraphs the change removed lose their entry, the new ones get an unknown one.
        after.subList(paragraph + 1, Math.min(after.size(), paragraph + 1 + removed)).clear();
        for (int i = 0; i < inserted; i++) {
            after.add(Math.min(after.size(), paragraph + 1), null);
        }
        after.set(paragraph, null);
        if (dirtyTo >= paragraph) {
            dirtyTo = Math.max(paragraph, dirtyTo + inserted - removed);
        }
        dirtyFrom = Math.min(dirtyFrom, paragraph);
        dirtyTo = Math.max(dirtyTo, paragraph + inserted);
        if (!scheduled) {
            scheduled = true;
            Platform.runLater(this::restyle);
        }
    }

    private void restyle() {
        scheduled = false;
        int paragraphs = area.getParagraphs().size();
        while (after.size() < paragraphs) {
            after.add(null); // only if the bookkeeping ever missed a change: then restyle to the end
        }
        int from = Math.min(dirtyFrom, paragraphs - 1);
        int to = Math.min(dirtyTo, paragraphs - 1);
        dirtyFrom = Integer.MAX_VALUE;
        dirtyTo = -1;
        if (from < 0 || to < from) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        State state = from == 0 ? MarkdownHighlighter.START : Objects.requireNonNullElse(after.get(from - 1),
                MarkdownHighlighter.PLAIN);
        int length = 0;
        for (int p = from; p < paragraphs; p++) {
            Styled line = MarkdownHighlighter.line(area.getParagraph(p).getText(), state);
            if (p > from) {
                spans.add(List.of(), 1); // the line break before this paragraph
                length++;
            }
            for (Span s : line.spans()) {
                spans.add(s.classes(), s.length());
                length += s.length();
            }
            State was = after.set(p, line.after());
            state = line.after();
            if (p >= to && line.after().equals(was)) {
                break;
            }
        }
        if (length == 0) {
            return; // an empty paragraph has nothing to style
        }
        int start = area.getAbsolutePosition(from, 0);
        StyleSpans<Collection<String>> styled = spans.create();
        // Typed text takes the colours of the character before it, so most keys change no colour; setting them
        // anyway would make the area rebuild the line's view (its text nodes and their CSS) once more per key.
        if (!sameStyles(styled, area.getStyleSpans(start, start + length))) {
            area.setStyleSpans(start, styled);
        }
    }

    /** Whether both give every character the same style classes, however their spans are cut. */
    static boolean sameStyles(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        if (a.length() != b.length()) {
            return false;
        }
        Iterator<StyleSpan<Collection<String>>> left = a.iterator();
        Iterator<StyleSpan<Collection<String>>> right = b.iterator();
        StyleSpan<Collection<String>> l = null;
        StyleSpan<Collection<String>> r = null;
        int lLeft = 0;
        int rLeft = 0;
        while (true) {
            while (lLeft == 0 && left.hasNext()) {
                l = left.next();
                lLeft = l.getLength();
            }
            while (rLeft == 0 && right.hasNext()) {
                r = right.next();
                rLeft = r.getLength();
            }
            if (lLeft == 0 || rLeft == 0) {
                return lLeft == rLeft;
            }
            if (!l.getStyle().equals(r.getStyle())) {
                return false;
            }
            int step = Math.min(lLeft, rLeft);
            lLeft -= step;
            rLeft -= step;
        }
    }

    private static int lineBreaks(String text) {
        int n = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }
}
