package dev.aegisplanner.app.render;

import dev.aegisplanner.model.topology.LayoutBox;

/**
 * The eight handles of a selected frame: where they sit on its box and how dragging one changes the box.
 * {@code fx} and {@code fy} say which edges a handle moves: -1 the left/top edge, 1 the right/bottom, 0 none.
 */
public enum ResizeHandle {
    NORTH_WEST(-1, -1),
    NORTH(0, -1),
    NORTH_EAST(1, -1),
    EAST(1, 0),
    SOUTH_EAST(1, 1),
    SOUTH(0, 1),
    SOUTH_WEST(-1, 1),
    WEST(-1, 0);

    /** Side of a handle's square on screen, in pixels. */
    public static final double SIZE = 8;

    private final int fx;
    private final int fy;

    ResizeHandle(int fx, int fy) {
        this.fx = fx;
        this.fy = fy;
    }

    /** The handle's centre, in the same units as {@code box}. */
    public double centerX(LayoutBox box) {
        return box.x() + box.w() * (fx + 1) / 2.0;
    }

    public double centerY(LayoutBox box) {
        return box.y() + box.h() * (fy + 1) / 2.0;
    }

    /** The box after dragging this handle by a distance. */
    public LayoutBox dragged(LayoutBox box, double dx, double dy) {
        double left = box.x() + (fx < 0 ? dx : 0);
        double top = box.y() + (fy < 0 ? dy : 0);
        double right = box.x() + box.w() + (fx > 0 ? dx : 0);
        double bottom = box.y() + box.h() + (fy > 0 ? dy : 0);
        return new LayoutBox(left, top, right - left, bottom - top);
    }

    /** The handle of a screen-space box under a screen point, with a few pixels of tolerance; null if none. */
    public static ResizeHandle at(LayoutBox screenBox, double x, double y) {
        double reach = SIZE / 2 + 3;
        for (ResizeHandle h : values()) {
            if (Math.abs(x - h.centerX(screenBox)) <= reach && Math.abs(y - h.centerY(screenBox)) <= reach) {
                return h;
            }
        }
        return null;
    }
}
