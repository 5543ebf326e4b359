package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.model.capacity.RowStatus;
import java.util.EnumMap;
import java.util.Map;

/**
 * The capacity view's one scale, ok / warn / over (PRODUCT.md section 7: below 80 %, up to 100 %, above), and
 * the colour of unserved demand. Blue, yellow and red after Paul Tol's high-contrast scheme: they differ in
 * lightness as well as hue (a test holds them apart), so they stay apart for red-green colour blindness and in
 * grey; none is near white or black, so each reads on the light and the dark theme alike. Over and unserved are also striped wherever they are drawn, and every table says the
 * status in words: colour is never the only sign. The stylesheet holds the same values for nodes.
 */
public final class UtilizationColors {

    /** Demand with nowhere to egress: a planning error, worse than any utilization. */
    public static final Rgba UNSERVED = Rgba.web("#aa3377");

    private static final Map<RowStatus, Rgba> COLOURS = new EnumMap<>(Map.of(
            RowStatus.OK, Rgba.web("#4477aa"),
            RowStatus.WARN, Rgba.web("#ddaa33"),
            RowStatus.OVER, Rgba.web("#aa2b1d")));

    private UtilizationColors() {
    }

    public static Rgba of(RowStatus status) {
        return COLOURS.get(status);
    }

    /** The colour of a utilization given as a fraction. */
    public static Rgba of(double utilization) {
        return of(RowStatus.of(utilization));
    }
}
