package dev.aegisplanner.app.render;

import dev.aegisplanner.model.topology.LayoutBox;

/**
 * Which part of the drawing a view shows: the canvas point at its top left corner, the zoom ({@code scale}
 * screen pixels per canvas unit) and its size in pixels.
 */
public record Viewport(double x, double y, double scale, double width, double height) {

    /** Far enough out to fit a 100,000-server drawing in a 200-pixel overview. */
    public static final double MIN_SCALE = 0.0002;
    public static final double MAX_SCALE = 4.0;

    public Viewport {
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
    }

    /** The visible part of the drawing, in canvas units. */
    public LayoutBox visible() {
        return new LayoutBox(x, y, width / scale, height / scale);
    }

    public double toCanvasX(double screenX) {
        return x + screenX / scale;
    }

    public double toCanvasY(double screenY) {
        return y + screenY / scale;
    }

    public double toScreenX(double canvasX) {
        return (canvasX - x) * scale;
    }

    public double toScreenY(double canvasY) {
        return (canvasY - y) * scale;
    }

    /** A canvas box in screen pixels. */
    public LayoutBox toScreen(LayoutBox box) {
        return new LayoutBox(toScreenX(box.x()), toScreenY(box.y()), box.w() * scale, box.h() * scale);
    }

    public Viewport withSize(double newWidth, double newHeight) {
        return new Viewport(x, y, scale, newWidth, newHeight);
    }

    public Viewport scrolledTo(double newX, double newY) {
        return new Viewport(newX, newY, scale, width, height);
    }

    /** Zoomed to {@code newScale} keeping the canvas point under the screen point where it is. */
    public Viewport zoomedAround(double newScale, double screenX, double screenY) {
        double clamped = Math.max(MIN_SCALE, Math.min(MAX_SCALE, newScale));
        double cx = toCanvasX(screenX);
        double cy = toCanvasY(screenY);
        return new Viewport(cx - screenX / clamped, cy - screenY / clamped, clamped, width, height);
    }

    /** Centred on a canvas box, at a scale that shows it whole with a margin (never closer than {@code maxScale}). */
    public Viewport fitting(LayoutBox box, double marginPixels, double maxScale) {
        double usableW = Math.max(1, width - 2 * marginPixels);
        double usableH = Math.max(1, height - 2 * marginPixels);
        double fit = Math.min(usableW / Math.max(1, box.w()), usableH / Math.max(1, box.h()));
        double s = Math.max(MIN_SCALE, Math.min(maxScale, fit));
        return centredOn(box.x() + box.w() / 2, box.y() + box.h() / 2, s);
    }

    public Viewport centredOn(double canvasX, double canvasY, double newScale) {
        double s = Math.max(MIN_SCALE, Math.min(MAX_SCALE, newScale));
        return new Viewport(canvasX - width / 2 / s, canvasY - height / 2 / s, s, width, height);
    }
}
