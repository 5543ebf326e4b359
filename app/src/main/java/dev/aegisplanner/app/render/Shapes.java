package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.app.render.surface.TextAlign;
import dev.aegisplanner.app.render.surface.TextBaseline;

/** Shapes the painters share: the server cylinder, hatching for what is down, pills and badges. */
final class Shapes {

    private Shapes() {
    }

    /** The Mermaid {@code [( )]} shape: a body between two ellipses of height {@code 2 * ry}. */
    static void cylinder(Surface s, double x, double y, double w, double h, double ry,
                         Rgba body, Rgba top, Rgba stroke, double lineWidth) {
        s.setFill(body);
        s.fillRect(x, y + ry, w, h - 2 * ry);
        s.fillOval(x, y + h - 2 * ry, w, 2 * ry);
        s.setFill(top);
        s.fillOval(x, y, w, 2 * ry);
        s.setStroke(stroke);
        s.setLineWidth(lineWidth);
        s.strokeOval(x, y, w, 2 * ry);
        s.strokeLine(x, y + ry, x, y + h - ry);
        s.strokeLine(x + w, y + ry, x + w, y + h - ry);
        s.strokeArc(x, y + h - 2 * ry, w, 2 * ry, 180, 180);
    }

    /** Diagonal hatching over a rounded rectangle: the "down" look. */
    static void hatch(Surface s, double x, double y, double w, double h, double arc, Rgba color,
                      double spacing, double lineWidth) {
        s.save();
        s.clipRoundRect(x, y, w, h, arc);
        s.setStroke(color);
        s.setLineWidth(lineWidth);
        for (double d = -h; d < w; d += spacing) {
            s.strokeLine(x + d, y + h, x + d + h, y);
        }
        s.restore();
    }

    /** A filled pill with centred text, its left edge at {@code x}, vertically centred on {@code cy}; returns its width. */
    static double pill(Surface s, String text, FontSpec font, double x, double cy, double height,
                       Rgba fill, Rgba textColor) {
        double w = s.textWidth(text, font) + height;
        s.setFill(fill);
        s.fillRoundRect(x, cy - height / 2, w, height, height, height);
        centredText(s, text, font, textColor, x + w / 2, cy);
        return w;
    }

    /** A round badge with a glyph, centred on a point. */
    static void badge(Surface s, double cx, double cy, double radius, Rgba fill, Rgba ring, String glyph,
                      Rgba glyphColor, FontSpec font) {
        s.setFill(ring);
        s.fillOval(cx - radius - 1.5, cy - radius - 1.5, 2 * radius + 3, 2 * radius + 3);
        s.setFill(fill);
        s.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        centredText(s, glyph, font, glyphColor, cx, cy + 0.5);
    }

    /** Text centred on a point both ways; the alignment is left as the painters expect it (left, baseline). */
    static void centredText(Surface s, String text, FontSpec font, Rgba color, double cx, double cy) {
        s.setFill(color);
        s.setFont(font);
        s.setTextAlign(TextAlign.CENTER);
        s.setTextBaseline(TextBaseline.CENTER);
        s.fillText(text, cx, cy);
        s.setTextBaseline(TextBaseline.BASELINE);
        s.setTextAlign(TextAlign.LEFT);
    }
}
