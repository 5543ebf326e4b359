package dev.aegisplanner.app.canvas.render;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** The canvas typography (the platform's UI font, so it matches the window) and cached text widths. */
final class CanvasFonts {

    static final String FAMILY = "System";
    static final Font LOCATION_SUBTITLE = Font.font(FAMILY, FontWeight.NORMAL, 11.5);
    static final Font DATA_CENTER_SUBTITLE = Font.font(FAMILY, FontWeight.NORMAL, 11);
    static final Font SERVER_LABEL = Font.font(FAMILY, FontWeight.BOLD, 11.5);
    static final Font BADGE = Font.font(FAMILY, FontWeight.BOLD, 8.5);
    static final Font EDGE_TITLE = Font.font(FAMILY, FontWeight.BOLD, 13);
    static final Font EDGE_SUBTITLE = Font.font(FAMILY, FontWeight.NORMAL, 11);
    /** Labels drawn at a fixed screen size when the drawing is zoomed far out. */
    static final Font OVERVIEW_LABEL = Font.font(FAMILY, FontWeight.BOLD, 12);
    static final Font OVERVIEW_COUNT = Font.font(FAMILY, FontWeight.NORMAL, 11);

    private static final int CACHE_LIMIT = 20_000;
    private static final Map<Double, Font> BOLD_BY_SIZE = new HashMap<>();
    private static final Map<String, Double> WIDTHS = new HashMap<>();
    private static final Text MEASURE = new Text();

    private CanvasFonts() {
    }

    /** The width of a text in a font at its nominal size. */
    static synchronized double width(String text, Font font) {
        String key = font.getName() + '|' + font.getSize() + '|' + text;
        Double cached = WIDTHS.get(key);
        if (cached != null) {
            return cached;
        }
        if (WIDTHS.size() > CACHE_LIMIT) {
            WIDTHS.clear();
        }
        MEASURE.setFont(font);
        MEASURE.setText(text);
        double width = MEASURE.getLayoutBounds().getWidth();
        WIDTHS.put(key, width);
        return width;
    }

    /** A bold font of about a size (in half points, so zooming does not create a font per frame). */
    static synchronized Font bold(double size) {
        double rounded = Math.round(size * 2) / 2.0;
        return BOLD_BY_SIZE.computeIfAbsent(rounded, s -> Font.font(FAMILY, FontWeight.BOLD, s));
    }

    /** The text, shortened with an ellipsis to fit a width. */
    static synchronized String fitted(String text, Font font, double maxWidth) {
        if (width(text, font) <= maxWidth) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(text.substring(0, mid) + "…", font) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : text.substring(0, lo) + "…";
    }
}
