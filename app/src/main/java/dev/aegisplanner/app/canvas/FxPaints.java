package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.render.surface.FontSpec;
import dev.aegisplanner.app.render.surface.Rgba;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The JavaFX colours and fonts of the renderer's {@link Rgba} and {@link FontSpec} values, and text widths.
 * Each value maps to one instance, so the graphics context sees the same paint again and skips the change;
 * widths are cached because measuring is the slow part of drawing text. FX thread only.
 */
final class FxPaints {

    /** The platform's UI font, as the window's controls use it. */
    private static final String FAMILY = "System";
    private static final int CACHE_LIMIT = 20_000;

    /** By identity first: the palettes' colours are constants, and hashing a colour costs more than finding it. */
    private final Map<Rgba, Color> byInstance = new IdentityHashMap<>();
    private final Map<Rgba, Color> colors = new HashMap<>();
    private final Map<FontSpec, Font> byFontInstance = new IdentityHashMap<>();
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();
    private final Text measure = new Text();
    private Rgba lastRgba;
    private Color lastColor;

    Color color(Rgba rgba) {
        if (rgba == lastRgba) {
            return lastColor;
        }
        Color color = byInstance.get(rgba);
        if (color == null) {
            if (byInstance.size() > 1_000) {
                // Fading colours (a reveal's flash) make new ones every frame; the palette's are found again at once.
                byInstance.clear();
                colors.clear();
            }
            color = colors.computeIfAbsent(rgba, c -> Color.rgb(c.red(), c.green(), c.blue(), c.opacity()));
            byInstance.put(rgba, color);
        }
        lastRgba = rgba;
        lastColor = color;
        return color;
    }

    Font font(FontSpec spec) {
        Font font = byFontInstance.get(spec);
        if (font == null) {
            if (byFontInstance.size() > 1_000) {
                byFontInstance.clear();
            }
            font = fonts.computeIfAbsent(spec, s -> Font.font(FAMILY, s.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                    s.size()));
            byFontInstance.put(spec, font);
        }
        return font;
    }

    double width(String text, FontSpec spec) {
        String key = (spec.bold() ? "b" : "r") + spec.size() + '|' + text;
        Double cached = widths.get(key);
        if (cached != null) {
            return cached;
        }
        if (widths.size() > CACHE_LIMIT) {
            widths.clear();
        }
        measure.setFont(font(spec));
        measure.setText(text);
        double width = measure.getLayoutBounds().getWidth();
        widths.put(key, width);
        return width;
    }
}
