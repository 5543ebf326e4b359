package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.render.Guide;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a dragged box settles: lined up with a neighbour when one of its edges or its centre comes within a few
 * pixels of a neighbour's (each axis on its own, with a guide drawn through the line they share), else on the
 * grid. The neighbours are the box's siblings: the servers of its data center, the data centers of its
 * location, the other locations.
 */
final class Snapping {

    /** The grid step in canvas units: half the spacing of the dots drawn on the canvas. */
    static final double GRID = 12;
    /** How close, on screen, an edge must come to a neighbour's to line up with it. */
    static final double REACH_PIXELS = 6;

    record Snapped(double x, double y, List<Guide> guides) {
    }

    private Snapping() {
    }

    static Snapped snap(LayoutBox box, List<LayoutBox> neighbours, double scale) {
        double reach = REACH_PIXELS / scale;
        Line vertical = best(box.x(), box.w(), neighbours, reach, true);
        Line horizontal = best(box.y(), box.h(), neighbours, reach, false);
        double x = vertical != null ? vertical.position : grid(box.x());
        double y = horizontal != null ? horizontal.position : grid(box.y());
        LayoutBox snapped = new LayoutBox(x, y, box.w(), box.h());
        List<Guide> guides = new ArrayList<>(2);
        if (vertical != null) {
            LayoutBox other = vertical.neighbour;
            guides.add(Guide.vertical(vertical.at, Math.min(snapped.y(), other.y()),
                    Math.max(Boxes.bottom(snapped), Boxes.bottom(other))));
        }
        if (horizontal != null) {
            LayoutBox other = horizontal.neighbour;
            guides.add(Guide.horizontal(horizontal.at, Math.min(snapped.x(), other.x()),
                    Math.max(Boxes.right(snapped), Boxes.right(other))));
        }
        return new Snapped(x, y, guides);
    }

    static double grid(double value) {
        return Math.round(value / GRID) * GRID;
    }

    /**
     * A line a box can share with a neighbour: where it is, how far the box moves to reach it, and where the
     * box's edge then is (computed from the line, so the box lands on it exactly).
     */
    private record Line(double at, double shift, double position, LayoutBox neighbour) {
    }

    /** The nearest line within reach for the box's start edge, centre or end edge, which lie {@code size} apart. */
    private static Line best(double start, double size, List<LayoutBox> neighbours, double reach, boolean vertical) {
        double[] offsets = {0, size / 2, size};
        Line best = null;
        for (LayoutBox n : neighbours) {
            double[] theirs = vertical ? new double[] {n.x(), Boxes.centerX(n), Boxes.right(n)}
                    : new double[] {n.y(), Boxes.centerY(n), Boxes.bottom(n)};
            for (double offset : offsets) {
                for (double line : theirs) {
                    double shift = line - (start + offset);
                    if (Math.abs(shift) <= reach && (best == null || Math.abs(shift) < Math.abs(best.shift))) {
                        best = new Line(line, shift, line - offset, n);
                    }
                }
            }
        }
        return best;
    }
}
