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
     * Takes room for a label, moving it in {@code direction} (-1 up, 1 down) while it meets another.
     *
     * @return the label's top edge where it fits
     */
    double place(double x, double y, double w, double h, int direction) {
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
        taken.add(new LayoutBox(x, top, w, h));
        return top;
    }
}
