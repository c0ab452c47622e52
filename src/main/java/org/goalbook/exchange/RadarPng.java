package org.goalbook.exchange;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.goalbook.review.RadarLayout;

/**
 * A radar as a PNG image, drawn with Java2D onto an image in memory: no display and no JavaFX toolkit needed, so
 * the command line can write it too (see docs/decisions/radar-picture.md).
 */
final class RadarPng implements RadarCanvas {
    /** Pixels per layout unit: twice the SVG's size, sharp on high-density screens and in print. */
    static final double SCALE = 2;

    static {
        // Java2D on an image needs no display; headless keeps AWT from looking for one (and from starting a second
        // toolkit beside JavaFX's). Set only if nobody chose otherwise before AWT was first touched.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final Graphics2D g;

    private RadarPng(Graphics2D g) {
        this.g = g;
    }

    static byte[] of(RadarLayout layout) {
        RadarDrawing drawing = new RadarDrawing(layout);
        BufferedImage image = new BufferedImage((int) Math.ceil(drawing.width * SCALE),
                (int) Math.ceil(drawing.height * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            drawing.draw(new RadarPng(g));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return out.toByteArray();
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke, double strokeWidth) {
        paint(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), fill, stroke, strokeWidth);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        paint(new Line2D.Double(x1, y1, x2, y2), null, stroke, strokeWidth);
    }

    @Override
    public void polygon(double[] points, String fill, String stroke, double strokeWidth) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(points[0], points[1]);
        for (int i = 2; i < points.length; i += 2) {
            path.lineTo(points[i], points[i + 1]);
        }
        path.closePath();
        paint(path, fill, stroke, strokeWidth);
    }

    @Override
    public void text(double x, double y, String text, double size, String fill, boolean bold, Anchor anchor) {
        Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        g.setFont(font);
        g.setColor(Color.decode(fill));
        double width = anchor == Anchor.MIDDLE ? g.getFontMetrics().getStringBounds(text, g).getWidth() : 0;
        g.drawString(text, (float) (x - width / 2), (float) y);
    }

    @Override
    public void startBlip(RadarLayout.Blip blip, double x, double y, double r) {
        // a picture has no hover: the legend carries the names
    }

    @Override
    public void endBlip() {
        // nothing to close
    }

    private void paint(java.awt.Shape shape, String fill, String stroke, double strokeWidth) {
        if (fill != null) {
            g.setColor(Color.decode(fill));
            g.fill(shape);
        }
        g.setColor(Color.decode(stroke));
        g.setStroke(new BasicStroke((float) strokeWidth));
        g.draw(shape);
    }
}
