package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.model.engine.Tier;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one colour of each tier, for every view of the app: the path drawn on the canvas and in exported
 * images, and (for the trace player engineer's side) the trace panel's badge and cascade ladder, the status
 * bar, the presentation, the map's trace card. JavaFX-free so the headless exports use it too; JavaFX code
 * converts with {@code Color.rgb(c.red(), c.green(), c.blue(), c.opacity())} and stylesheets take
 * {@link #hex(Tier)}. The colours carry white text and read on both the light and the dark theme, so one set
 * serves both.
 */
public final class TierColors {

    /** Text and glyphs drawn on a tier's colour. */
    public static final Rgba ON_TIER = Rgba.web("#ffffff");

    private static final Map<Tier, Rgba> COLORS = new EnumMap<>(Map.of(
            Tier.NO_AEGIS, Rgba.web("#64748b"),
            Tier.IPV6_GLOBAL, Rgba.web("#0f8a80"),
            Tier.SAME_SERVER, Rgba.web("#16a34a"),
            Tier.SAME_DATA_CENTER, Rgba.web("#2563eb"),
            Tier.SAME_LOCATION, Rgba.web("#7c3aed"),
            Tier.OTHER_LOCATION, Rgba.web("#ea580c"),
            Tier.NO_EGRESS, Rgba.web("#dc2626")));

    private TierColors() {
    }

    public static Rgba of(Tier tier) {
        return COLORS.get(tier);
    }

    /** {@code #rrggbb}, for stylesheets. */
    public static String hex(Tier tier) {
        return of(tier).hex();
    }
}
