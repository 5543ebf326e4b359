package dev.aegisplanner.app.render.surface;

/**
 * A colour with opacity, free of any toolkit: channels 0-255 as CSS writes them, opacity 0-1. Each surface
 * turns it into its own colour type; the few derivations the drawing needs (fading, desaturating) live here
 * so every surface gets the same result.
 */
public record Rgba(int red, int green, int blue, double opacity) {

    public static final Rgba TRANSPARENT = new Rgba(0, 0, 0, 0);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public Rgba {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("channels are 0-255: " + red + ", " + green + ", " + blue);
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity is 0-1: " + opacity);
        }
    }

    /** {@code #rrggbb}, opaque. */
    public static Rgba web(String hex) {
        return web(hex, 1);
    }

    public static Rgba web(String hex, double opacity) {
        if (hex.length() != 7 || hex.charAt(0) != '#') {
            throw new IllegalArgumentException("expected #rrggbb: " + hex);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Rgba(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, opacity);
    }

    /** The colour with its opacity multiplied by {@code factor}: 0.5 makes it half as opaque. */
    public Rgba fade(double factor) {
        return new Rgba(red, green, blue, Math.max(0, Math.min(1, opacity * factor)));
    }

    /** The colour with 70 % of its saturation, as JavaFX's {@code Color.desaturate()} makes it. */
    public Rgba desaturate() {
        // In HSB each channel lies below the brightest one by brightness * saturation * (a function of the hue);
        // keeping hue and brightness, 70 % of the saturation is 70 % of each channel's distance to the brightest.
        int max = Math.max(red, Math.max(green, blue));
        return new Rgba(closer(red, max), closer(green, max), closer(blue, max), opacity);
    }

    /** {@code #rrggbb}, without the opacity (SVG writes that apart). */
    public String hex() {
        char[] digits = {'#', HEX[red >> 4], HEX[red & 15], HEX[green >> 4], HEX[green & 15], HEX[blue >> 4], HEX[blue & 15]};
        return new String(digits);
    }

    /** 0xAARRGGBB, as {@code java.awt.image.BufferedImage} stores a pixel. */
    public int argb() {
        return (int) Math.round(opacity * 255) << 24 | red << 16 | green << 8 | blue;
    }

    private static int closer(int channel, int max) {
        return (int) Math.round(max - (max - channel) * 0.7);
    }
}
