package dev.aegisplanner.app.map;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Text on the map canvas: measured, and drawn with a halo so it reads over land, sea and lines alike. */
final class MapText {

    static final Font LABEL = Font.font(Font.getDefault().getFamily(), FontWeight.SEMI_BOLD, 11);
    static final Font SMALL = Font.font(Font.getDefault().getFamily(), 10.5);
    static final Font BODY = Font.font(Font.getDefault().getFamily(), 12);
    static final Font TITLE = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);

    private static final Text MEASURE = new Text();
    /** Widths by font and text: the same few hundred labels are measured on every frame. */
    private static final Map<Font, Map<String, Double>> WIDTHS = new HashMap<>();
    private static final int CACHE_LIMIT = 4096;

    private MapText() {
    }

    static double width(String text, Font font) {
        Map<String, Double> widths = WIDTHS.computeIfAbsent(font, f -> new HashMap<>());
        Double known = widths.get(text);
        if (known != null) {
            return known;
        }
        MEASURE.setFont(font);
        MEASURE.setText(text);
        double width = MEASURE.getLayoutBounds().getWidth();
        if (widths.size() >= CACHE_LIMIT) {
            widths.clear();
        }
        widths.put(text, width);
        return width;
    }

    static double height(Font font) {
        return Math.ceil(font.getSize() * 1.3);
    }

    /**
     * Text with its top-left corner at (x, y), outlined by {@code halo}. The outline is the text filled at four
     * one-pixel offsets: stroking glyph outlines costs far more, and a map draws hundreds of labels a frame.
     */
    static void haloed(GraphicsContext g, String text, double x, double y, Font font, Color fill, Color halo) {
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(halo);
        g.fillText(text, x - 1, y);
        g.fillText(text, x + 1, y);
        g.fillText(text, x, y - 1);
        g.fillText(text, x, y + 1);
        g.setFill(fill);
        g.fillText(text, x, y);
    }

    static void plain(GraphicsContext g, String text, double x, double y, Font font, Color fill) {
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(fill);
        g.fillText(text, x, y);
    }
}
