package dev.aegisplanner.app.render.surface;

/** Where a text's x coordinate lies: at its start, its middle or its end. */
public enum TextAlign {
    LEFT, CENTER, RIGHT
}
