package dev.aegisplanner.app.render;

/**
 * How much of each server the renderer draws at a zoom. Thresholds are chosen by what is still legible: a
 * 12-unit label needs about 0.55 to be read, a cylinder outline about 0.28; below 0.1 a server is a few
 * pixels and its data center is drawn as one block with a count instead.
 */
public enum Detail {
    /** Cylinders with ids and pool chips. */
    FULL,
    /** Cylinders and chips, no text. */
    OUTLINE,
    /** One small block per server, coloured by state. */
    DOTS,
    /** No servers: each data center shows how many it holds. */
    AGGREGATE;

    public static Detail at(double scale) {
        if (scale >= 0.55) {
            return FULL;
        }
        if (scale >= 0.28) {
            return OUTLINE;
        }
        return scale >= 0.1 ? DOTS : AGGREGATE;
    }
}
