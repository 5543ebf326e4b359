package dev.aegisplanner.model.topology;

/**
 * Where the editor draws an element. Frames (locations, data centers) have a size; for servers
 * {@code w} and {@code h} may be 0, meaning the default node size. Never changes what the engine computes.
 */
public record LayoutBox(double x, double y, double w, double h) {

    public LayoutBox withPosition(double newX, double newY) {
        return new LayoutBox(newX, newY, w, h);
    }

    public LayoutBox withSize(double newW, double newH) {
        return new LayoutBox(x, y, newW, newH);
    }
}
