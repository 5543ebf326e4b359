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
 * Each value maps to one instance, so the graphics context sees the same paint again and skips the change.
 * A frame sets a few thousand colours and measures a thousand texts, so both are found without hashing
 * values or building strings: colours in a small table by identity (the palettes' colours are constants),
 * widths per font instance by text. FX thread only.
 */
final class FxPaints {

    /** The platform's UI font, as the window's controls use it. */
    private static final String FAMILY = "System";
    private static final int SLOTS = 256;
    private static final int CACHE_LIMIT = 20_000;

    private final Rgba[] recentRgba = new Rgba[SLOTS];
    private final Color[] recentColors = new Color[SLOTS];
    private final Map<Rgba, Color> colors = new HashMap<>();
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Map<FontSpec, Map<String, Double>> widths = new IdentityHashMap<>();
    private final Text measure = new Text();
    private int measured;

    Color color(Rgba rgba) {
        int slot = System.identityHashCode(rgba) & (SLOTS - 1);
        if (recentRgba[slot] == rgba) {
            return recentColors[slot];
        }
        if (colors.size() > 1_000) {
            // Fading colours (a reveal's flash) make new ones every frame; the palette's are made again at once.
            colors.clear();
        }
        Color color = colors.computeIfAbsent(rgba, c -> Color.rgb(c.red(), c.green(), c.blue(), c.opacity()));
        recentRgba[slot] = rgba;
        recentColors[slot] = color;
        return color;
    }

    Font font(FontSpec spec) {
        return fonts.computeIfAbsent(spec, s -> Font.font(FAMILY, s.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                s.size()));
    }

    double width(String text, FontSpec spec) {
        Map<String, Double> byText = widths.computeIfAbsent(spec, s -> new HashMap<>());
        Double cached = byText.get(text);
        if (cached != null) {
            return cached;
        }
        if (++measured > CACHE_LIMIT) {
            widths.clear();
            measured = 0;
            byText = widths.computeIfAbsent(spec, s -> new HashMap<>());
        }
        measure.setFont(font(spec));
        measure.setText(text);
        double width = measure.getLayoutBounds().getWidth();
        byText.put(text, width);
        return width;
    }
}
