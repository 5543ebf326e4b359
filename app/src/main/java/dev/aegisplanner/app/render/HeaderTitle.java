package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.model.layout.LayoutMetrics;
import java.util.List;

/**
 * How a location's name is set in its header, so a planner reads it whole as in a diagram tool: at its size
 * when it fits; else a step smaller, keeping the details line under it; else on two lines at that size, which
 * take the header's whole height (the details line gives way: the property sheet has it). The header keeps its
 * height, so the data centers below are never covered and the layout, snapping and hit-testing keep their sizes.
 * Only a name too long for two lines, or one zoomed out below about half size, where two lines would not fit the
 * header at a legible size, is cut short. A name that fits costs one measurement, as before.
 */
record HeaderTitle(List<String> lines, FontSpec font, boolean details) {

    /** The smaller step a long name takes before it wraps: 14 units where the title is 17. */
    private static final double STEP = 14.0 / 17;
    /**
     * The smallest a long name is set on screen, in pixels: zoomed out, where the title already is at its
     * smallest legible size ({@link FramePainter#MIN_TITLE_PIXELS}), a long name still takes a step down.
     */
    private static final double MIN_STEP_PIXELS = 9;
    private static final double LINE_HEIGHT = 1.1;
    /** Space kept clear above and below two lines, so they do not touch the header's edges. */
    private static final double MARGIN = 3;

    /**
     * The name set for a width of header, at a title size (see {@link FramePainter#titleSize}) and zoom;
     * {@code details} says whether the header would show the details line, which a wrapped name gives way to.
     */
    static HeaderTitle of(Surface s, String name, double size, double scale, double room, boolean details) {
        FontSpec font = CanvasFonts.bold(size);
        if (s.textWidth(name, font) <= room) {
            return new HeaderTitle(List.of(name), font, details);
        }
        double smaller = Math.max(size * STEP, MIN_STEP_PIXELS / scale);
        FontSpec step = CanvasFonts.bold(smaller);
        if (smaller < size && s.textWidth(name, step) <= room) {
            return new HeaderTitle(List.of(name), step, details);
        }
        if (2 * smaller * LINE_HEIGHT <= LayoutMetrics.LOCATION_HEADER - 2 * MARGIN) {
            List<String> lines = CanvasFonts.wrapped(s, name, step, room, 2);
            if (lines.size() == 2) {
                return new HeaderTitle(lines, step, false);
            }
        }
        return new HeaderTitle(List.of(CanvasFonts.fitted(s, name, font, room)), font, details);
    }

    double size() {
        return font.size();
    }

    /** The baseline of a line, below the header's top: with the details, the title's line above them; else centred. */
    double baseline(int line) {
        if (details) {
            return 29;
        }
        double offset = (line - (lines.size() - 1) / 2.0) * size() * LINE_HEIGHT;
        return LayoutMetrics.LOCATION_HEADER / 2 + offset + size() * 0.36;
    }

    /** The width of the widest line. */
    double width(Surface s) {
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, s.textWidth(line, font));
        }
        return widest;
    }
}
