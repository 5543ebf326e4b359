package dev.aegisplanner.app.trace;

import dev.aegisplanner.app.render.TierColors;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.model.engine.Tier;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.paint.Color;

/**
 * The one colour per tier that every view uses: the trace panel's badge and cascade ladder, the status bar, the
 * presentation, the map's trace card. Nodes get a style class ({@code tier-same-server}, ...) whose colour the
 * editor stylesheet defines as {@code -tier-same-server}; drawings on a canvas, which cannot look colours up,
 * use {@link #colour(Tier)}, taken from the toolkit-free {@link TierColors} that the renderer and the headless
 * exports use, and a test keeps the stylesheet equal to them. The colours stay readable under white text on
 * both the light and the dark theme, so one set serves both.
 */
public final class TierPalette {

    private static final Map<Tier, Color> COLOURS = colours();

    private static final List<String> STYLE_CLASSES = Arrays.stream(Tier.values()).map(TierPalette::styleClass).toList();

    private TierPalette() {
    }

    /** {@code tier-same-server} for {@link Tier#SAME_SERVER}: the class that gives a node its tier's colour. */
    public static String styleClass(Tier tier) {
        return "tier-" + tier.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The name of the stylesheet's looked-up colour for the tier, e.g. {@code -tier-same-server}. */
    public static String lookedUpColour(Tier tier) {
        return "-" + styleClass(tier);
    }

    private static Map<Tier, Color> colours() {
        Map<Tier, Color> colours = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            Rgba c = TierColors.of(tier);
            colours.put(tier, Color.rgb(c.red(), c.green(), c.blue(), c.opacity()));
        }
        return colours;
    }

    public static Color colour(Tier tier) {
        return COLOURS.get(tier);
    }

    /** The tier in two or three words, for badges and the legend: "Same data center", "IPv6 global". */
    public static String label(Tier tier) {
        return switch (tier) {
            case NO_AEGIS -> "No Aegis";
            case IPV6_GLOBAL -> "IPv6 global";
            case SAME_SERVER -> "Same server";
            case SAME_DATA_CENTER -> "Same data center";
            case SAME_LOCATION -> "Same location";
            case OTHER_LOCATION -> "Other location";
            case NO_EGRESS -> "No egress";
        };
    }

    /** Keeps the node in the tier's colour as the tier changes. */
    public static void follow(Node node, ObservableValue<Tier> tier) {
        apply(node, tier.getValue());
        tier.addListener((obs, old, now) -> apply(node, now));
    }

    /** Gives the node the tier's style class and takes away any other tier's; {@code null} takes them all away. */
    public static void apply(Node node, Tier tier) {
        node.getStyleClass().removeAll(STYLE_CLASSES);
        if (tier != null) {
            node.getStyleClass().add(styleClass(tier));
        }
    }
}
