package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.ServerPainter.Look;

/**
 * What makes two server bodies look alike: the look, the box's size and the palette. The palette is
 * compared by identity (there are two, and hashing all their colours for every server of every frame would
 * cost more than the stamp saves).
 */
final class BodyStamp {

    private final Look look;
    private final double w;
    private final double h;
    private final CanvasPalette palette;

    BodyStamp(Look look, double w, double h, CanvasPalette palette) {
        this.look = look;
        this.w = w;
        this.h = h;
        this.palette = palette;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BodyStamp other && look == other.look && w == other.w && h == other.h
                && palette == other.palette;
    }

    @Override
    public int hashCode() {
        return ((look.hashCode() * 31 + Double.hashCode(w)) * 31 + Double.hashCode(h)) * 31
                + System.identityHashCode(palette);
    }
}
