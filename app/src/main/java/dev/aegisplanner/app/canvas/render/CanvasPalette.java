package dev.aegisplanner.app.canvas.render;

import javafx.scene.paint.Color;

/**
 * Every colour the canvas uses, in a light and a dark variant that follow AtlantaFX's Primer Light and
 * Primer Dark (the shell's themes), so the drawing sits in the window like its other controls. One class
 * instead of looked-up CSS colours because the renderer also draws headless (PNG export) with no scene.
 */
public record CanvasPalette(
        Color background, Color gridDot,
        Color locationFill, Color locationStroke, Color shadow,
        Color dataCenterFill, Color dataCenterStroke,
        Color serverBody, Color serverTop, Color serverStroke, Color dotFill,
        Color text, Color mutedText,
        Color accent, Color accentSubtle,
        Color danger, Color warning, Color onBadge,
        Color downFill, Color hatch, Color downText,
        Color pillFill, Color pillText,
        Color edgeFill, Color edgeStroke,
        boolean dark) {

    public static final CanvasPalette LIGHT = new CanvasPalette(
            Color.web("#f6f8fa"), Color.web("#d0d7de"),
            Color.web("#ffffff"), Color.web("#d0d7de"), Color.web("#1f2328", 0.035),
            Color.web("#f6f8fa"), Color.web("#d8dee4"),
            Color.web("#ffffff"), Color.web("#eaeef2"), Color.web("#8c959f"), Color.web("#c3cbd4"),
            Color.web("#1f2328"), Color.web("#656d76"),
            Color.web("#0969da"), Color.web("#0969da", 0.10),
            Color.web("#cf222e"), Color.web("#bf8700"), Color.web("#ffffff"),
            Color.web("#eaeef2"), Color.web("#afb8c1", 0.55), Color.web("#8c959f"),
            Color.web("#ddf4ff"), Color.web("#0969da"),
            Color.web("#ffffff"), Color.web("#57606a"),
            false);

    public static final CanvasPalette DARK = new CanvasPalette(
            Color.web("#0d1117"), Color.web("#30363d"),
            Color.web("#161b22"), Color.web("#30363d"), Color.web("#010409", 0.3),
            Color.web("#1c2128"), Color.web("#373e47"),
            Color.web("#22272e"), Color.web("#2d333b"), Color.web("#636e7b"), Color.web("#444c56"),
            Color.web("#e6edf3"), Color.web("#7d8590"),
            Color.web("#2f81f7"), Color.web("#2f81f7", 0.16),
            Color.web("#f85149"), Color.web("#d29922"), Color.web("#0d1117"),
            Color.web("#161b22"), Color.web("#484f58", 0.6), Color.web("#6e7681"),
            Color.web("#121d2f"), Color.web("#79c0ff"),
            Color.web("#22272e"), Color.web("#8b949e"),
            true);

    public static CanvasPalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }
}
