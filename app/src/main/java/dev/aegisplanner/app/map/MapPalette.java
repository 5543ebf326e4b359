package dev.aegisplanner.app.map;

import javafx.scene.paint.Color;

/**
 * The map's colours. A canvas cannot use CSS looked-up colours, so the two themes live here, side by side,
 * and the view switches with one call like the rest of the editor. A traced path takes its tier's colour
 * ({@link dev.aegisplanner.app.trace.TierPalette}), the same in both.
 */
public record MapPalette(Color ocean, Color graticule, Color land, Color coast, Color border, Color link,
                         Color text, Color halo, Color up, Color partlyDown, Color down, Color origin,
                         Color failure, Color card, Color cardBorder, Color muted) {

    public static final MapPalette LIGHT = new MapPalette(
            Color.web("#dce8f2"), Color.web("#cbd9e6"), Color.web("#fbfaf7"), Color.web("#aab7c4"),
            Color.web("#d5dbe1"), Color.web("#5f7a94", 0.75), Color.web("#1f2a36"), Color.web("#ffffff", 0.85),
            Color.web("#2e9d5b"), Color.web("#e69500"), Color.web("#d64541"), Color.web("#2f6fd6"),
            Color.web("#d64541"), Color.web("#ffffff", 0.94),
            Color.web("#c9d3dd"), Color.web("#5d6b79"));

    public static final MapPalette DARK = new MapPalette(
            Color.web("#111a24"), Color.web("#1c2835"), Color.web("#263241"), Color.web("#3b4a5c"),
            Color.web("#33414f"), Color.web("#8aa4bd", 0.7), Color.web("#e6edf3"), Color.web("#111a24", 0.85),
            Color.web("#3fbf74"), Color.web("#f2a93b"), Color.web("#ef6461"), Color.web("#5b9bff"),
            Color.web("#ef6461"), Color.web("#1a2430", 0.94),
            Color.web("#3b4a5c"), Color.web("#9aa8b6"));
}
