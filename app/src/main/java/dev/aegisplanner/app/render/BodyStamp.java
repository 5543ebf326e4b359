package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.ServerPainter.Look;
import dev.aegisplanner.app.render.surface.Surface;
import java.util.function.Consumer;

/**
 * A server's body as a stamp: the key two alike bodies share (look, box size, palette, zoom) and the drawing
 * itself, in one object, so stamping a server allocates one small object per frame. The palette is compared
 * by identity: there are two, and hashing all their colours for every server of every frame would cost more
 * than the stamp saves.
 */
final class BodyStamp implements Consumer<Surface> {

    /** Room around the box for the shadow and the outer half of the stroke, in canvas units. */
    static final double MARGIN = 4;

    private final Look look;
    private final double w;
    private final double h;
    private final CanvasPalette palette;
    private final double scale;

    BodyStamp(Look look, double w, double h, CanvasPalette palette, double scale) {
        this.look = look;
        this.w = w;
        this.h = h;
        this.palette = palette;
        this.scale = scale;
    }

    /** Draws the body into the stamp's box, the server's box with {@link #MARGIN} around it. */
    @Override
    public void accept(Surface s) {
        ServerPainter.drawBody(s, look, MARGIN, MARGIN, w, h, scale, palette);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BodyStamp other && look == other.look && w == other.w && h == other.h
                && palette == other.palette && scale == other.scale;
    }

    @Override
    public int hashCode() {
        return ((look.hashCode() * 31 + Double.hashCode(w)) * 31 + Double.hashCode(h)) * 31
                + System.identityHashCode(palette);
    }
}
