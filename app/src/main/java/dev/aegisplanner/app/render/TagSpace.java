package dev.aegisplanner.app.render;

import dev.aegisplanner.model.topology.LayoutBox;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the path's labels from covering each other and the locations' names: neighbouring servers' names
 * ("Egress router", "Egress server") would sit on top of one another, so a label that meets one already
 * placed, or a blocked area, moves up or down until it is clear.
 */
final class TagSpace {

    private static final double GAP = 3;

    private final List<LayoutBox> taken = new ArrayList<>();

    /** Keeps labels off an area that must stay readable (a location's name). */
    void block(LayoutBox area) {
        taken.add(area);
    }

    /**
     * Takes room for a label where it is if that is free, else at the nearest free spot moving up or down,
     * {@code direction} (-1 up, 1 down) winning a tie.
     *
     * @return the label's top edge where it fits
     */
    double place(double x, double y, double w, double h, int direction) {
        double preferred = free(x, y, w, h, direction);
        double other = free(x, y, w, h, -direction);
        double top = Math.abs(other - y) < Math.abs(preferred - y) ? other : preferred;
        taken.add(new LayoutBox(x, top, w, h));
        return top;
    }

    /** The first top edge, moving one way from {@code y}, at which the label meets nothing taken. */
    private double free(double x, double y, double w, double h, int direction) {
        double top = y;
        for (boolean moved = true; moved; ) {
            moved = false;
            for (LayoutBox other : taken) {
                if (x < other.x() + other.w() && other.x() < x + w && top < other.y() + other.h() && other.y() < top + h) {
                    top = direction < 0 ? other.y() - h - GAP : other.y() + other.h() + GAP;
                    moved = true;
                }
            }
        }
        return top;
    }
}
