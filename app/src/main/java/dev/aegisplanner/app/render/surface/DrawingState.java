package dev.aegisplanner.app.render.surface;

/**
 * The current settings of a {@link StatefulSurface}: what {@link Surface#save()} copies and
 * {@link Surface#restore()} brings back. Defaults are JavaFX's, which the
 * canvas has always drawn with.
 */
final class DrawingState {

    double scale = 1;
    double tx;
    double ty;
    Rgba fill = new Rgba(0, 0, 0, 1);
    Rgba stroke = new Rgba(0, 0, 0, 1);
    double lineWidth = 1;
    double[] dashes;
    double alpha = 1;
    FontSpec font = FontSpec.regular(12);
    TextAlign align = TextAlign.LEFT;
    TextBaseline baseline = TextBaseline.BASELINE;

    DrawingState copy() {
        DrawingState copy = new DrawingState();
        copy.scale = scale;
        copy.tx = tx;
        copy.ty = ty;
        copy.fill = fill;
        copy.stroke = stroke;
        copy.lineWidth = lineWidth;
        copy.dashes = dashes;
        copy.alpha = alpha;
        copy.font = font;
        copy.align = align;
        copy.baseline = baseline;
        return copy;
    }

    /** Where a text starting at {@code x} begins, given its width and the alignment. */
    double alignedX(double x, double textWidth) {
        return switch (align) {
            case LEFT -> x;
            case CENTER -> x - textWidth / 2;
            case RIGHT -> x - textWidth;
        };
    }

    /** The baseline of a text whose y coordinate is {@code y}, in the font's ascent and descent. */
    double baselineY(double y, double ascent, double descent) {
        return switch (baseline) {
            case BASELINE -> y;
            case TOP -> y + ascent;
            case CENTER -> y + (ascent - descent) / 2;
        };
    }
}
