package org.goalbook.exchange;

import java.util.Locale;

import org.goalbook.review.RadarLayout;

/**
 * A radar as a self-contained SVG document: no scripts, no external fonts, images or style sheets. Each blip is a
 * {@code <g class="blip">} whose {@code <title>} is the item's name (the tooltip a browser shows), with its number,
 * stance, movement and done state as data attributes.
 */
final class RadarSvg implements RadarCanvas {
    private final StringBuilder svg = new StringBuilder();

    static String of(RadarLayout layout) {
        RadarDrawing drawing = new RadarDrawing(layout);
        RadarSvg out = new RadarSvg();
        String w = number(drawing.width);
        String h = number(drawing.height);
        out.svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"")
                .append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n")
                .append("<title>My Goals in ").append(layout.year()).append("</title>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        drawing.draw(out);
        out.svg.append("</svg>\n");
        return out.svg.toString();
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke, double strokeWidth) {
        svg.append("<circle cx=\"").append(number(cx)).append("\" cy=\"").append(number(cy)).append("\" r=\"")
                .append(number(r)).append('"');
        paint(fill, stroke, strokeWidth);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        svg.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
                .append(number(x2)).append("\" y2=\"").append(number(y2)).append('"');
        paint(null, stroke, strokeWidth);
    }

    @Override
    public void polygon(double[] points, String fill, String stroke, double strokeWidth) {
        svg.append("<polygon points=\"");
        for (int i = 0; i < points.length; i += 2) {
            svg.append(i == 0 ? "" : " ").append(number(points[i])).append(',').append(number(points[i + 1]));
        }
        svg.append('"');
        paint(fill, stroke, strokeWidth);
    }

    @Override
    public void text(double x, double y, String text, double size, String fill, boolean bold, Anchor anchor) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" font-size=\"")
                .append(number(size)).append("\" fill=\"").append(fill).append('"')
                .append(bold ? " font-weight=\"bold\"" : "")
                .append(anchor == Anchor.MIDDLE ? " text-anchor=\"middle\"" : "").append('>')
                .append(escape(text)).append("</text>\n");
    }

    @Override
    public void startBlip(RadarLayout.Blip blip, double x, double y, double r) {
        svg.append("<g class=\"blip\" id=\"blip-").append(blip.number()).append("\" data-number=\"")
                .append(blip.number()).append("\" data-stance=\"").append(blip.stance().label().toLowerCase(Locale.ROOT))
                .append("\" data-movement=\"").append(blip.movement().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append("\" data-done=\"").append(blip.done()).append("\" data-x=\"").append(number(x))
                .append("\" data-y=\"").append(number(y)).append("\" data-r=\"").append(number(r)).append("\">")
                .append("<title>").append(escape(blip.name())).append("</title>\n");
    }

    @Override
    public void endBlip() {
        svg.append("</g>\n");
    }

    private void paint(String fill, String stroke, double strokeWidth) {
        svg.append(" fill=\"").append(fill == null ? "none" : fill).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(number(strokeWidth)).append("\"/>\n");
    }

    /** Two decimals at most, always with a dot: SVG numbers do not follow the locale. */
    private static String number(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    /** XML text: the five special characters escaped, characters XML 1.0 forbids left out. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
