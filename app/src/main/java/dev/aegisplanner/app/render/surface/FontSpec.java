package dev.aegisplanner.app.render.surface;

/**
 * A font of the drawing: the platform's UI font (each surface picks the face, so the canvas matches the window
 * and an exported image matches the canvas) at a size in drawing units, regular or bold.
 */
public record FontSpec(double size, boolean bold) {

    public FontSpec {
        if (!(size > 0)) {
            throw new IllegalArgumentException("font size must be positive: " + size);
        }
    }

    public static FontSpec regular(double size) {
        return new FontSpec(size, false);
    }

    public static FontSpec bold(double size) {
        return new FontSpec(size, true);
    }
}
