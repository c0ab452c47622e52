package org.goalbook.exchange;

import java.util.List;

import org.goalbook.model.Stance;
import org.goalbook.review.BlipShapes;
import org.goalbook.review.Movement;
import org.goalbook.review.RadarLayout;

/**
 * A radar's picture in print form (light, on white): rings with their stance names, the four quadrants, numbered
 * blips shaped by movement (star new, triangle up moved in, triangle down moved out, circle unchanged) and filled
 * when done, and a legend per quadrant. Drawn onto any {@link RadarCanvas}, so the SVG and the PNG agree.
 */
final class RadarDrawing {
    /** Stance colours as the tree's badges show them (Okabe–Ito, see docs/decisions/stance-badge-colours.md). */
    static final List<String> STANCE_COLOURS = List.of("#007a5a", "#0072b2", "#e69f00", "#8c959f");
    private static final List<String> RING_FILLS = List.of("#eef1f4", "#f3f5f7", "#f7f8fa", "#fbfbfc");
    private static final String INK = "#1f2328";
    private static final String MUTED = "#57606a";
    private static final String LINES = "#d0d7de";
    private static final double MARGIN = 20;
    private static final double LEGEND_WIDTH = 250;
    private static final double GAP = 30;
    private static final double TITLE_HEIGHT = 50;
    private static final double LINE = 16;
    private static final int LONGEST_NAME = 34;

    private final RadarLayout layout;
    final double width;
    final double height;
    private final double cx;
    private final double cy;

    RadarDrawing(RadarLayout layout) {
        this.layout = layout;
        double r = RadarLayout.RADIUS;
        this.width = 2 * (MARGIN + LEGEND_WIDTH + GAP + r);
        this.cx = width / 2;
        this.cy = MARGIN + TITLE_HEIGHT + r;
        double legends = 0;
        for (int q : RadarLayout.READING_ORDER) {
            if (!RadarLayout.isTop(q)) {
                legends = Math.max(legends, legendEnd(q, lowerLegendTop(upperBeside(q))));
            }
        }
        this.height = Math.max(cy + r + MARGIN, legends + MARGIN);
    }

    void draw(RadarCanvas canvas) {
        canvas.text(MARGIN, MARGIN + 24, "My Goals in " + layout.year(), 22, INK, true, RadarCanvas.Anchor.START);
        double r = RadarLayout.RADIUS;
        for (int ring = layout.ringRadii().size() - 1; ring >= 0; ring--) {
            canvas.circle(cx, cy, layout.ringRadii().get(ring), RING_FILLS.get(ring), LINES, 1);
        }
        canvas.line(cx - r, cy, cx + r, cy, LINES, 1);
        canvas.line(cx, cy - r, cx, cy + r, LINES, 1);
        for (int ring = 0; ring < layout.ringRadii().size(); ring++) {
            double middle = (layout.innerRadius(ring) + layout.ringRadii().get(ring)) / 2;
            canvas.text(cx, cy - middle + 4, Stance.values()[ring].label(), 11, MUTED, true,
                    RadarCanvas.Anchor.MIDDLE);
        }
        for (RadarLayout.Blip b : layout.blips()) {
            blip(canvas, b, cx + b.x(), cy + b.y(), layout.blipRadius());
        }
        // Each legend beside its own quadrant: the upper ones level with the top, the lower ones below them.
        for (int q : RadarLayout.READING_ORDER) {
            double x = RadarLayout.isLeft(q) ? MARGIN : width - MARGIN - LEGEND_WIDTH;
            legend(canvas, q, x, RadarLayout.isTop(q) ? MARGIN + TITLE_HEIGHT : lowerLegendTop(upperBeside(q)));
        }
    }

    /** The upper quadrant on the same side as {@code q}. */
    private static int upperBeside(int q) {
        return RadarLayout.READING_ORDER.stream()
                .filter(u -> RadarLayout.isTop(u) && RadarLayout.isLeft(u) == RadarLayout.isLeft(q))
                .findFirst().orElseThrow();
    }

    private void blip(RadarCanvas canvas, RadarLayout.Blip b, double x, double y, double r) {
        canvas.startBlip(b, x, y, r);
        String colour = STANCE_COLOURS.get(b.ring());
        String fill = b.done() ? colour : "#ffffff";
        double stroke = Math.max(1, r / 6);
        switch (b.movement()) {
            case NEW -> canvas.polygon(BlipShapes.star(x, y, r - stroke / 2), fill, colour, stroke);
            case MOVED_IN -> canvas.polygon(BlipShapes.triangle(x, y, r - stroke / 2, true), fill, colour, stroke);
            case MOVED_OUT -> canvas.polygon(BlipShapes.triangle(x, y, r - stroke / 2, false), fill, colour, stroke);
            case UNCHANGED -> canvas.circle(x, y, r - stroke / 2, fill, colour, stroke);
        }
        String number = Integer.toString(b.number());
        double size = r * (number.length() <= 2 ? 0.95 : 0.75);
        String ink = !b.done() ? INK : b.stance() == Stance.EXPLORE ? INK : "#ffffff";
        double lift = b.movement() == Movement.MOVED_IN ? r * 0.15 : b.movement() == Movement.MOVED_OUT ? -r * 0.15 : 0;
        canvas.text(x, y + size * 0.36 + lift, number, size, ink, true, RadarCanvas.Anchor.MIDDLE);
        canvas.endBlip();
    }

    /** Draws quadrant {@code q}'s legend from {@code top}: its name, then per ring the numbered items. */
    private void legend(RadarCanvas canvas, int q, double x, double top) {
        double y = top + LINE;
        List<RadarLayout.Blip> blips = layout.legend(q);
        canvas.text(x, y, layout.quadrants().title(q), 15, blips.isEmpty() ? MUTED : INK, true,
                RadarCanvas.Anchor.START);
        int ring = -1;
        for (RadarLayout.Blip b : blips) {
            if (b.ring() != ring) {
                ring = b.ring();
                y += LINE * 1.4;
                canvas.text(x, y, b.stance().label(), 12, STANCE_COLOURS.get(ring), true, RadarCanvas.Anchor.START);
            }
            y += LINE;
            canvas.text(x, y, b.number() + ". " + shortened(b.name()) + (b.done() ? " \u2713" : ""), 12, INK,
                    false, RadarCanvas.Anchor.START);
        }
    }

    /** A lower quadrant's legend starts level with the radar's centre, or below the upper one if that is longer. */
    private double lowerLegendTop(int upper) {
        return Math.max(cy, legendEnd(upper, MARGIN + TITLE_HEIGHT));
    }

    /** Where quadrant {@code q}'s legend ends when it starts at {@code top}, plus a gap. */
    private double legendEnd(int q, double top) {
        List<RadarLayout.Blip> blips = layout.legend(q);
        long rings = blips.stream().mapToInt(RadarLayout.Blip::ring).distinct().count();
        return top + LINE + Math.max(1, blips.size()) * LINE + rings * LINE * 1.4 + GAP;
    }

    static String shortened(String name) {
        return name.codePointCount(0, name.length()) <= LONGEST_NAME ? name
                : name.substring(0, name.offsetByCodePoints(0, LONGEST_NAME - 1)).strip() + "\u2026";
    }
}
