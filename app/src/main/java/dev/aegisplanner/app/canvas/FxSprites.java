package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.render.surface.Surface;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/**
 * The canvas's stamps as images: each drawn once at the scale it is shown at (and the screen's pixel ratio),
 * then copied, which costs a fraction of drawing a server's dozen antialiased shapes again. Images are kept
 * per scale, for the few scales used last (a frame uses two: the zoom for servers, 1 for the dot grid), so
 * zooming through many scales keeps only the current ones and a frame finds its images without allocating.
 * FX thread only (snapshots must be taken there).
 */
final class FxSprites {

    private static final int SCALES = 4;
    /** Stamps kept per scale: a few looks and sizes of server, a grid tile per spacing zoomed through. */
    private static final int PER_SCALE = 32;

    private final Map<Double, Map<Object, Image>> byScale = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Double, Map<Object, Image>> eldest) {
            return size() > SCALES;
        }
    };
    private final FxPaints paints;
    private double pixelRatio = 1;
    private double lastScale = Double.NaN;
    private Map<Object, Image> lastSprites;

    FxSprites(FxPaints paints) {
        this.paints = paints;
    }

    void setPixelRatio(double ratio) {
        double next = ratio > 0 ? ratio : 1;
        if (next != pixelRatio) {
            pixelRatio = next;
            byScale.clear();
            lastScale = Double.NaN;
        }
    }

    /** The image of a stamp of {@code w} by {@code h} units at a scale; its pixels per unit are {@link #pixelsPerUnit}. */
    Image sprite(Object stamp, double scale, double w, double h, Consumer<Surface> drawing) {
        if (scale != lastScale) {
            lastSprites = byScale.computeIfAbsent(scale, s -> new HashMap<>());
            lastScale = scale;
        }
        Image sprite = lastSprites.get(stamp);
        if (sprite == null) {
            if (lastSprites.size() >= PER_SCALE) {
                lastSprites.clear();
            }
            sprite = draw(w, h, pixelsPerUnit(scale), drawing);
            lastSprites.put(stamp, sprite);
        }
        return sprite;
    }

    double pixelsPerUnit(double scale) {
        return scale * pixelRatio;
    }

    private Image draw(double w, double h, double pixelsPerUnit, Consumer<Surface> drawing) {
        Canvas canvas = new Canvas(Math.ceil(w * pixelsPerUnit), Math.ceil(h * pixelsPerUnit));
        FxSurface surface = new FxSurface(canvas.getGraphicsContext2D(), paints, false);
        surface.setTransform(pixelsPerUnit, 0, 0);
        drawing.accept(surface);
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        return canvas.snapshot(transparent, null);
    }
}
