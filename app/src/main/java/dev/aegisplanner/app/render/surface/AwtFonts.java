package dev.aegisplanner.app.render.surface;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The fonts of the Java2D and SVG surfaces, and their text measurements. The face is the platform's UI font
 * as JavaFX's "System" font resolves it (Segoe UI on Windows, the fontconfig sans face, usually DejaVu Sans,
 * on Linux), so an exported image sets its text as the canvas does. Works headless.
 */
final class AwtFonts {

    /** Antialiased, fractional metrics: the widths a scaled drawing needs, not ones rounded to whole pixels. */
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    static final String FAMILY = family();

    private static final Map<FontSpec, Font> FONTS = new ConcurrentHashMap<>();
    private static final Map<FontSpec, LineMetrics> METRICS = new ConcurrentHashMap<>();

    private AwtFonts() {
    }

    static Font font(FontSpec spec) {
        return FONTS.computeIfAbsent(spec, s -> new Font(FAMILY, s.bold() ? Font.BOLD : Font.PLAIN, 1)
                .deriveFont((float) s.size()));
    }

    static double width(String text, FontSpec spec) {
        return font(spec).getStringBounds(text, CONTEXT).getWidth();
    }

    static double ascent(FontSpec spec) {
        return metrics(spec).getAscent();
    }

    static double descent(FontSpec spec) {
        return metrics(spec).getDescent();
    }

    private static LineMetrics metrics(FontSpec spec) {
        return METRICS.computeIfAbsent(spec, s -> font(s).getLineMetrics("Hg", CONTEXT));
    }

    /** The first installed face of the platforms' UI fonts; Java's logical sans face when none is. */
    private static String family() {
        Set<String> installed = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames()).collect(Collectors.toSet());
        return List.of("Segoe UI", "Helvetica Neue", "DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial").stream()
                .filter(installed::contains).findFirst().orElse(Font.SANS_SERIF);
    }
}
