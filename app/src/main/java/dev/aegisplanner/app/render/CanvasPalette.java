package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.surface.Rgba;

/**
 * Every colour the canvas uses, in a light and a dark variant that follow AtlantaFX's Primer Light and
 * Primer Dark (the shell's themes), so the drawing sits in the window like its other controls. One class
 * instead of looked-up CSS colours because the renderer also draws headless (image export) with no scene.
 */
public record CanvasPalette(
        Rgba background, Rgba gridDot,
        Rgba locationFill, Rgba locationStroke, Rgba shadow,
        Rgba dataCenterFill, Rgba dataCenterStroke,
        Rgba serverBody, Rgba serverTop, Rgba serverStroke, Rgba dotFill,
        Rgba text, Rgba mutedText,
        Rgba accent, Rgba accentSubtle,
        Rgba danger, Rgba warning, Rgba onBadge,
        Rgba downFill, Rgba hatch, Rgba downText,
        Rgba pillFill, Rgba pillText,
        Rgba edgeFill, Rgba edgeStroke,
        Rgba guide,
        boolean dark) {

    public static final CanvasPalette LIGHT = new CanvasPalette(
            Rgba.web("#f6f8fa"), Rgba.web("#d0d7de"),
            Rgba.web("#ffffff"), Rgba.web("#d0d7de"), Rgba.web("#1f2328", 0.035),
            Rgba.web("#f6f8fa"), Rgba.web("#d8dee4"),
            Rgba.web("#ffffff"), Rgba.web("#eaeef2"), Rgba.web("#8c959f"), Rgba.web("#c3cbd4"),
            Rgba.web("#1f2328"), Rgba.web("#656d76"),
            Rgba.web("#0969da"), Rgba.web("#0969da", 0.10),
            Rgba.web("#cf222e"), Rgba.web("#bf8700"), Rgba.web("#ffffff"),
            Rgba.web("#eaeef2"), Rgba.web("#afb8c1", 0.55), Rgba.web("#8c959f"),
            Rgba.web("#ddf4ff"), Rgba.web("#0969da"),
            Rgba.web("#ffffff"), Rgba.web("#57606a"),
            Rgba.web("#e0317e"),
            false);

    public static final CanvasPalette DARK = new CanvasPalette(
            Rgba.web("#0d1117"), Rgba.web("#30363d"),
            Rgba.web("#161b22"), Rgba.web("#30363d"), Rgba.web("#010409", 0.3),
            Rgba.web("#1c2128"), Rgba.web("#373e47"),
            Rgba.web("#22272e"), Rgba.web("#2d333b"), Rgba.web("#636e7b"), Rgba.web("#444c56"),
            Rgba.web("#e6edf3"), Rgba.web("#7d8590"),
            Rgba.web("#2f81f7"), Rgba.web("#2f81f7", 0.16),
            Rgba.web("#f85149"), Rgba.web("#d29922"), Rgba.web("#0d1117"),
            Rgba.web("#161b22"), Rgba.web("#484f58", 0.6), Rgba.web("#6e7681"),
            Rgba.web("#121d2f"), Rgba.web("#79c0ff"),
            Rgba.web("#22272e"), Rgba.web("#8b949e"),
            Rgba.web("#ff6bae"),
            true);

    public static CanvasPalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }
}
