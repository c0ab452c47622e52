package org.goalbook.markdown;

import java.util.regex.Pattern;

/**
 * A page's text in the journal and in the notebook. A heading at the start of a line opens a new page, so a heading
 * the user typed inside a page (a dated entry in the Log) is written indented by one space: Markdown readers still
 * show it as a heading, and the importer keeps it in the page. Reading takes that one space away again, so the
 * two are exact inverses and an untouched journal keeps its bytes.
 *
 * <p>A page that ends inside a code fence would take the rest of the journal into its code; it is written with the
 * fence closed and a comment saying so, both taken away again on reading.
 */
final class PageText {
    private static final Pattern TO_INDENT = Pattern.compile("^ {0,2}#{1,6}(?:[ \\t].*)?$");
    private static final Pattern INDENTED = Pattern.compile("^ {1,3}#{1,6}(?:[ \\t].*)?$");

    private PageText() {
    }

    static final String CLOSED_FENCE = "<!-- Goalbook closed the code block that the page left open -->";

    /** The page as the notebook holds it, from its text in the journal (line feeds only). */
    static String read(String journalText) {
        String text = journalText;
        String end = "\n" + CLOSED_FENCE + "\n";
        if (text.endsWith(end)) {
            String body = text.substring(0, text.length() - end.length());
            int cut = body.lastIndexOf('\n');
            Fence fence = openFence(body.substring(0, cut + 1));
            if (cut >= 0 && fence.isOpen() && body.substring(cut + 1).equals(fence.closer())) {
                text = body.substring(0, cut + 1);
            }
        }
        return shift(text, INDENTED, -1);
    }

    /** The page as the journal writes it (line feeds only), from the notebook's text. */
    static String write(String notes) {
        String text = shift(notes, TO_INDENT, +1);
        Fence fence = openFence(text);
        if (fence.isOpen()) {
            text += (text.endsWith("\n") ? "" : "\n") + fence.closer() + "\n" + CLOSED_FENCE + "\n";
        }
        return text;
    }

    private static Fence openFence(String text) {
        Fence fence = new Fence();
        if (text.indexOf('`') >= 0 || text.indexOf('~') >= 0 || text.contains(Notes.OPEN)) {
            for (String line : text.split("\n", -1)) {
                fence.inCode(line);
            }
        }
        return fence;
    }

    private static String shift(String text, Pattern heading, int by) {
        if (text.indexOf('#') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        Fence fence = new Fence();
        fence.inCode(lines[0]);
        boolean changed = false;
        for (int i = 1; i < lines.length; i++) {
            if (!fence.inCode(lines[i]) && heading.matcher(lines[i]).matches()) {
                lines[i] = by > 0 ? " " + lines[i] : lines[i].substring(1);
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : text;
    }
}
