package dev.aegisplanner.model.edit;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds a place for a box among its siblings where it covers none of them. Candidates are the cells of a grid
 * over the frame's interior and the spots beside each sibling (right, below, left, above, a gap apart), so a
 * box finds room both in a tidy arrangement and in one the planner drew by hand. When the interior has no room
 * the box goes in a new row below everything, and its frame grows to hold it.
 */
final class FreeSpots {

    /** How close two siblings may come and still count as apart. */
    static final double CLEARANCE = 4;

    /** Which free spot wins. */
    enum Choice {
        /** The first reading left to right, top to bottom: where a new element goes. */
        FIRST_FREE,
        /** The one nearest to where the box is now: where a dropped or pasted element goes. */
        NEAREST
    }

    private FreeSpots() {
    }

    /** Whether a box covers none of the others. */
    static boolean free(LayoutBox box, List<LayoutBox> others) {
        LayoutBox padded = grown(box, CLEARANCE / 2);
        for (LayoutBox other : others) {
            if (Boxes.intersects(padded, grown(other, CLEARANCE / 2))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a box lies inside an interior; anything fits where there is none (locations on the canvas). */
    static boolean fits(LayoutBox box, LayoutBox inner) {
        return inner == null || (box.x() >= inner.x() - 1e-9 && box.y() >= inner.y() - 1e-9
                && Boxes.right(box) <= Boxes.right(inner) + 1e-9 && Boxes.bottom(box) <= Boxes.bottom(inner) + 1e-9);
    }

    /**
     * A free spot of the box's size.
     *
     * @param inner the interior of the frame the box belongs in, or null at the top level; there, the first free
     *     spot is looked for within the columns the others already span
     */
    static LayoutBox find(LayoutBox box, LayoutBox inner, List<LayoutBox> others, double gap, Choice choice) {
        LayoutBox area = inner != null ? inner : topLevelArea(box, others, choice);
        List<LayoutBox> candidates = new ArrayList<>();
        candidates.add(area == null ? box : clamped(box, area));
        if (area != null) {
            for (double y = area.y(); y + box.h() <= Boxes.bottom(area) + 1e-9; y += box.h() + gap) {
                for (double x = area.x(); x + box.w() <= Boxes.right(area) + 1e-9; x += box.w() + gap) {
                    candidates.add(new LayoutBox(x, y, box.w(), box.h()));
                }
            }
        }
        for (LayoutBox o : others) {
            candidates.add(new LayoutBox(Boxes.right(o) + gap, o.y(), box.w(), box.h()));
            candidates.add(new LayoutBox(o.x(), Boxes.bottom(o) + gap, box.w(), box.h()));
            candidates.add(new LayoutBox(o.x() - gap - box.w(), o.y(), box.w(), box.h()));
            candidates.add(new LayoutBox(o.x(), o.y() - gap - box.h(), box.w(), box.h()));
        }
        Comparator<LayoutBox> order = choice == Choice.FIRST_FREE
                ? Comparator.comparingDouble(LayoutBox::y).thenComparingDouble(LayoutBox::x)
                : Comparator.comparingDouble(c -> Math.hypot(c.x() - box.x(), c.y() - box.y()));
        return candidates.stream()
                .filter(c -> fits(c, area) && free(c, others))
                .min(order)
                .orElseGet(() -> belowEverything(box, area, others, gap));
    }

    /** A new row under the others (and the interior's top), at the interior's left edge. */
    private static LayoutBox belowEverything(LayoutBox box, LayoutBox area, List<LayoutBox> others, double gap) {
        double x = area == null ? box.x() : area.x();
        double y = area == null ? box.y() : area.y();
        for (LayoutBox o : others) {
            y = Math.max(y, Boxes.bottom(o) + gap);
        }
        return new LayoutBox(x, y, box.w(), box.h());
    }

    /**
     * Where a new location may go first: inside the columns the other locations span (a new row below them
     * when they are full). A dropped location may go anywhere, so it has no such area.
     */
    private static LayoutBox topLevelArea(LayoutBox box, List<LayoutBox> others, Choice choice) {
        if (choice != Choice.FIRST_FREE || others.isEmpty()) {
            return null;
        }
        LayoutBox bounds = others.stream().reduce(null, Boxes::union);
        return new LayoutBox(bounds.x(), bounds.y(), Math.max(bounds.w(), box.w()), bounds.h());
    }

    private static LayoutBox clamped(LayoutBox box, LayoutBox area) {
        double x = Math.max(area.x(), Math.min(box.x(), Boxes.right(area) - box.w()));
        double y = Math.max(area.y(), Math.min(box.y(), Boxes.bottom(area) - box.h()));
        return new LayoutBox(x, y, box.w(), box.h());
    }

    private static LayoutBox grown(LayoutBox b, double by) {
        return new LayoutBox(b.x() - by, b.y() - by, b.w() + 2 * by, b.h() + 2 * by);
    }
}
