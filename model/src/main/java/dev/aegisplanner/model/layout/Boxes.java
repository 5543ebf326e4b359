package dev.aegisplanner.model.layout;

import dev.aegisplanner.model.topology.LayoutBox;

/** Geometry on layout boxes. Boxes are absolute, in canvas units; a server's zero size means the default size. */
public final class Boxes {

    private Boxes() {
    }

    /** A server box with its zero size (the file's "default node size") replaced by the real one. */
    public static LayoutBox serverSized(LayoutBox box) {
        if (box.w() > 0 && box.h() > 0) {
            return box;
        }
        return new LayoutBox(box.x(), box.y(), LayoutMetrics.SERVER_WIDTH, LayoutMetrics.SERVER_HEIGHT);
    }

    public static LayoutBox union(LayoutBox a, LayoutBox b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new LayoutBox(x, y, Math.max(right(a), right(b)) - x, Math.max(bottom(a), bottom(b)) - y);
    }

    public static boolean intersects(LayoutBox a, LayoutBox b) {
        return a.x() < right(b) && b.x() < right(a) && a.y() < bottom(b) && b.y() < bottom(a);
    }

    public static boolean contains(LayoutBox box, double x, double y) {
        return x >= box.x() && x <= right(box) && y >= box.y() && y <= bottom(box);
    }

    public static LayoutBox moved(LayoutBox box, double dx, double dy) {
        return new LayoutBox(box.x() + dx, box.y() + dy, box.w(), box.h());
    }

    public static double right(LayoutBox box) {
        return box.x() + box.w();
    }

    public static double bottom(LayoutBox box) {
        return box.y() + box.h();
    }

    public static double centerX(LayoutBox box) {
        return box.x() + box.w() / 2;
    }

    public static double centerY(LayoutBox box) {
        return box.y() + box.h() / 2;
    }
}
