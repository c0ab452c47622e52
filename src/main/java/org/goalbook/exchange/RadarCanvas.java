package org.goalbook.exchange;

import org.goalbook.review.RadarLayout;

/** Where a radar picture is drawn: the SVG file and the PNG image each implement it, so both show the same. */
interface RadarCanvas {
    /** How a text lines up with its x. */
    enum Anchor { START, MIDDLE }

    void circle(double cx, double cy, double r, String fill, String stroke, double strokeWidth);

    void line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth);

    /** A closed shape through the points {x0, y0, x1, y1, …}. */
    void polygon(double[] points, String fill, String stroke, double strokeWidth);

    /** Text with its baseline at y. */
    void text(double x, double y, String text, double size, String fill, boolean bold, Anchor anchor);

    /** What is drawn until {@link #endBlip} is the blip centred on (x, y) within radius r. */
    void startBlip(RadarLayout.Blip blip, double x, double y, double r);

    void endBlip();
}
