package dev.aegisplanner.model.edit;

import static dev.aegisplanner.model.layout.LayoutMetrics.DATA_CENTER_HEADER;
import static dev.aegisplanner.model.layout.LayoutMetrics.DATA_CENTER_PADDING;
import static dev.aegisplanner.model.layout.LayoutMetrics.LOCATION_HEADER;
import static dev.aegisplanner.model.layout.LayoutMetrics.LOCATION_PADDING;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.LayoutBox;

/**
 * The rule that keeps the picture honest: what is drawn inside a frame belongs to it. Children stay within
 * their frame's interior (below its title, inside its padding); a frame grows when new content needs room.
 */
final class Frames {

    private Frames() {
    }

    /** The part of a frame its children may occupy. */
    static LayoutBox interior(ElementKind kind, LayoutBox frame) {
        double pad = kind == ElementKind.LOCATION ? LOCATION_PADDING : DATA_CENTER_PADDING;
        double header = kind == ElementKind.LOCATION ? LOCATION_HEADER : DATA_CENTER_HEADER;
        return new LayoutBox(frame.x() + pad, frame.y() + header,
                Math.max(0, frame.w() - 2 * pad), Math.max(0, frame.h() - header - pad));
    }

    /** The smallest frame that holds {@code child} in its interior and still covers {@code frame}. */
    static LayoutBox grownToContain(ElementKind kind, LayoutBox frame, LayoutBox child) {
        LayoutBox inner = interior(kind, frame);
        double left = Math.min(0, child.x() - inner.x());
        double top = Math.min(0, child.y() - inner.y());
        double right = Math.max(0, Boxes.right(child) - Boxes.right(inner));
        double bottom = Math.max(0, Boxes.bottom(child) - Boxes.bottom(inner));
        return new LayoutBox(frame.x() + left, frame.y() + top, frame.w() - left + right, frame.h() - top + bottom);
    }

    /** A box of the given size centred on a point, then pushed inside the interior when it fits there. */
    static LayoutBox centredWithin(double cx, double cy, double w, double h, LayoutBox inner) {
        double x = cx - w / 2;
        double y = cy - h / 2;
        if (inner != null) {
            x = Math.max(inner.x(), Math.min(x, Boxes.right(inner) - w));
            y = Math.max(inner.y(), Math.min(y, Boxes.bottom(inner) - h));
        }
        return new LayoutBox(x, y, w, h);
    }
}
