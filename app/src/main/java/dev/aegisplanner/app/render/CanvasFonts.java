package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Surface;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The canvas typography, and texts shortened to fit, measured by the surface they are drawn on. */
final class CanvasFonts {

    static final FontSpec LOCATION_SUBTITLE = FontSpec.regular(11.5);
    static final FontSpec DATA_CENTER_SUBTITLE = FontSpec.regular(11);
    static final FontSpec SERVER_LABEL = FontSpec.bold(11.5);
    static final FontSpec BADGE = FontSpec.bold(8.5);
    static final FontSpec EDGE_TITLE = FontSpec.bold(13);
    static final FontSpec EDGE_SUBTITLE = FontSpec.regular(11);
    /** Labels drawn at a fixed screen size when the drawing is zoomed far out. */
    static final FontSpec OVERVIEW_LABEL = FontSpec.bold(12);
    static final FontSpec OVERVIEW_COUNT = FontSpec.regular(11);

    private CanvasFonts() {
    }

    private static final Map<Double, FontSpec> BOLD_BY_SIZE = new ConcurrentHashMap<>();

    /**
     * A bold font of about a size: in half points, and the same instance for a size, so zooming creates no
     * font per frame and a surface finds its own font for it at once.
     */
    static FontSpec bold(double size) {
        return BOLD_BY_SIZE.computeIfAbsent(Math.round(size * 2) / 2.0, FontSpec::bold);
    }

    /** The text, shortened with an ellipsis to fit a width. */
    static String fitted(Surface s, String text, FontSpec font, double maxWidth) {
        if (s.textWidth(text, font) <= maxWidth) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s.textWidth(text.substring(0, mid) + "…", font) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo) + "…";
    }

    /**
     * The text broken at spaces into lines no wider than a width, at most {@code maxLines} of them; the last
     * line is cut short with an ellipsis when the text needs more (as is a single word wider than the width).
     */
    static List<String> wrapped(Surface s, String text, FontSpec font, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>(maxLines);
        String rest = text.strip();
        while (!rest.isEmpty() && lines.size() < maxLines - 1 && s.textWidth(rest, font) > maxWidth) {
            int end = rest.indexOf(' ');
            if (end < 0 || s.textWidth(rest.substring(0, end), font) > maxWidth) {
                break;
            }
            for (int next = rest.indexOf(' ', end + 1); next > 0 && s.textWidth(rest.substring(0, next), font) <= maxWidth;
                 next = rest.indexOf(' ', next + 1)) {
                end = next;
            }
            lines.add(rest.substring(0, end));
            rest = rest.substring(end + 1).strip();
        }
        lines.add(fitted(s, rest, font, maxWidth));
        return lines;
    }
}
