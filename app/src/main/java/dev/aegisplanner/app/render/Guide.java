package dev.aegisplanner.app.render;

/**
 * An alignment guide shown while dragging, in canvas units: a vertical or horizontal line through the edges or
 * centres that line up, from the dragged element to the element it lines up with (draw.io's smart guides).
 */
public record Guide(double x1, double y1, double x2, double y2) {

    public static Guide vertical(double x, double y1, double y2) {
        return new Guide(x, Math.min(y1, y2), x, Math.max(y1, y2));
    }

    public static Guide horizontal(double y, double x1, double x2) {
        return new Guide(Math.min(x1, x2), y, Math.max(x1, x2), y);
    }
}
