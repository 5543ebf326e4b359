package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.render.surface.Surface;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/**
 * The canvas's stamps as images: each drawn once at the scale it is shown at (and the screen's pixel ratio),
 * then copied, which costs a fraction of drawing a server's dozen antialiased shapes again. The least
 * recently used are dropped, so zooming through many scales keeps only the current ones. FX thread only
 * (snapshots must be taken there).
 */
final class FxSprites {

    private static final int LIMIT = 24;

    private record Key(Object stamp, double scale, double pixelRatio) {
    }

    private final Map<Key, Image> sprites = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Image> eldest) {
            return size() > LIMIT;
        }
    };
    private final FxPaints paints;
    private double pixelRatio = 1;

    FxSprites(FxPaints paints) {
        this.paints = paints;
    }

    void setPixelRatio(double ratio) {
        pixelRatio = ratio > 0 ? ratio : 1;
    }

    /** The image of a stamp of {@code w} by {@code h} units at a scale; its pixels per unit are {@link #pixelsPerUnit}. */
    Image sprite(Object stamp, double scale, double w, double h, Consumer<Surface> drawing) {
        Key key = new Key(stamp, scale, pixelRatio);
        Image sprite = sprites.get(key);
        if (sprite == null) {
            sprite = draw(w, h, pixelsPerUnit(scale), drawing);
            sprites.put(key, sprite);
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
