package dev.aegisplanner.app.canvas.render;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Shapes the painters share: the server cylinder, hatching for what is down, pills and badges. */
final class Shapes {

    private Shapes() {
    }

    /** The Mermaid {@code [( )]} shape: a body between two ellipses of height {@code 2 * ry}. */
    static void cylinder(GraphicsContext gc, double x, double y, double w, double h, double ry,
                         Color body, Color top, Color stroke, double lineWidth) {
        gc.setFill(body);
        gc.fillRect(x, y + ry, w, h - 2 * ry);
        gc.fillOval(x, y + h - 2 * ry, w, 2 * ry);
        gc.setFill(top);
        gc.fillOval(x, y, w, 2 * ry);
        gc.setStroke(stroke);
        gc.setLineWidth(lineWidth);
        gc.strokeOval(x, y, w, 2 * ry);
        gc.strokeLine(x, y + ry, x, y + h - ry);
        gc.strokeLine(x + w, y + ry, x + w, y + h - ry);
        gc.strokeArc(x, y + h - 2 * ry, w, 2 * ry, 180, 180, ArcType.OPEN);
    }

    /** Diagonal hatching over a rounded rectangle: the "down" look. */
    static void hatch(GraphicsContext gc, double x, double y, double w, double h, double arc, Color color,
                      double spacing, double lineWidth) {
        gc.save();
        gc.beginPath();
        roundRectPath(gc, x, y, w, h, arc / 2);
        gc.clip();
        gc.setStroke(color);
        gc.setLineWidth(lineWidth);
        for (double d = -h; d < w; d += spacing) {
            gc.strokeLine(x + d, y + h, x + d + h, y);
        }
        gc.restore();
    }

    /** A filled pill with centred text, its left edge at {@code x}, vertically centred on {@code cy}; returns its width. */
    static double pill(GraphicsContext gc, String text, Font font, double x, double cy, double height,
                       Color fill, Color textColor) {
        double w = CanvasFonts.width(text, font) + height;
        gc.setFill(fill);
        gc.fillRoundRect(x, cy - height / 2, w, height, height, height);
        gc.setFill(textColor);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x + w / 2, cy);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        return w;
    }

    /** A round badge with a glyph, centred on a point. */
    static void badge(GraphicsContext gc, double cx, double cy, double radius, Color fill, Color ring, String glyph,
                      Color glyphColor, Font font) {
        gc.setFill(ring);
        gc.fillOval(cx - radius - 1.5, cy - radius - 1.5, 2 * radius + 3, 2 * radius + 3);
        gc.setFill(fill);
        gc.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        gc.setFill(glyphColor);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(glyph, cx, cy + 0.5);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    static void roundRectPath(GraphicsContext gc, double x, double y, double w, double h, double r) {
        double radius = Math.min(r, Math.min(w, h) / 2);
        gc.moveTo(x + radius, y);
        gc.lineTo(x + w - radius, y);
        gc.arcTo(x + w, y, x + w, y + radius, radius);
        gc.lineTo(x + w, y + h - radius);
        gc.arcTo(x + w, y + h, x + w - radius, y + h, radius);
        gc.lineTo(x + radius, y + h);
        gc.arcTo(x, y + h, x, y + h - radius, radius);
        gc.lineTo(x, y + radius);
        gc.arcTo(x, y, x + radius, y, radius);
        gc.closePath();
    }
}
