package dev.aegisplanner.app.render.surface;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Draws on a Java2D {@link Graphics2D}, antialiased, for PNG export and the clipboard. Needs no display
 * ({@code java.awt.headless=true} is fine). Strokes use JavaFX's defaults (square caps, mitred joins) so
 * lines end where the canvas ends them.
 */
public final class Java2DSurface extends StatefulSurface {

    private final AffineTransform base;
    private final Deque<Graphics2D> savedGraphics = new ArrayDeque<>();
    private Graphics2D g;

    /** Draws on {@code g} under its current transform, which stays the surface's origin. */
    public Java2DSurface(Graphics2D g) {
        this.g = g;
        this.base = g.getTransform();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    void saved() {
        savedGraphics.push(g);
        g = (Graphics2D) g.create();
    }

    @Override
    void restored() {
        g.dispose();
        g = savedGraphics.pop();
        transformed();
    }

    @Override
    void transformed() {
        AffineTransform t = new AffineTransform(base);
        t.translate(state.tx, state.ty);
        t.scale(state.scale, state.scale);
        g.setTransform(t);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        stroke(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        fill(new RoundRectangle2D.Double(x, y, w, h, arcWidth, arcHeight));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        stroke(new RoundRectangle2D.Double(x, y, w, h, arcWidth, arcHeight));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        stroke(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        stroke(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void strokeArc(double x, double y, double w, double h, double startAngle, double extent) {
        stroke(new Arc2D.Double(x, y, w, h, startAngle, extent, Arc2D.OPEN));
    }

    @Override
    public void strokeCurve(double x1, double y1, double cx1, double cy1, double cx2, double cy2, double x2, double y2) {
        stroke(new CubicCurve2D.Double(x1, y1, cx1, cy1, cx2, cy2, x2, y2));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        Path2D.Double path = polyline(xs, ys, points);
        path.closePath();
        fill(path);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int points) {
        stroke(polyline(xs, ys, points));
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (text.isEmpty()) {
            return;
        }
        FontSpec font = state.font;
        g.setFont(AwtFonts.font(font));
        g.setColor(color(state.fill));
        double left = state.alignedX(x, AwtFonts.width(text, font));
        double baseline = state.baselineY(y, AwtFonts.ascent(font), AwtFonts.descent(font));
        g.drawString(text, (float) left, (float) baseline);
    }

    @Override
    public void clipRoundRect(double x, double y, double w, double h, double arc) {
        g.clip(new RoundRectangle2D.Double(x, y, w, h, arc, arc));
    }

    /** Draws the shapes each time: an export draws each thing once, and vectors stay sharp at any scale. */
    @Override
    public void stamp(Object key, double x, double y, double w, double h, Consumer<Surface> drawing) {
        drawStamp(x, y, drawing);
    }

    private void fill(Shape shape) {
        g.setColor(color(state.fill));
        g.fill(shape);
    }

    private void stroke(Shape shape) {
        g.setColor(color(state.stroke));
        g.setStroke(new BasicStroke((float) state.lineWidth, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER, 10,
                floats(state.dashes), 0));
        g.draw(shape);
    }

    private Color color(Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(c.opacity() * state.alpha * 255));
    }

    private static Path2D.Double polyline(double[] xs, double[] ys, int points) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < points; i++) {
            if (i == 0) {
                path.moveTo(xs[i], ys[i]);
            } else {
                path.lineTo(xs[i], ys[i]);
            }
        }
        return path;
    }

    private static float[] floats(double[] values) {
        if (values == null) {
            return null;
        }
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
