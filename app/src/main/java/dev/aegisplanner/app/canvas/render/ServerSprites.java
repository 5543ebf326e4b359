package dev.aegisplanner.app.canvas.render;

import dev.aegisplanner.app.canvas.render.ServerPainter.Look;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;

/**
 * Server bodies drawn once per zoom and look, then stamped: a cylinder is a dozen antialiased shapes, and a
 * zoomed-in view shows hundreds of servers, so copying one prepared image per server costs a fraction of
 * drawing each. Sprites are drawn at the current zoom (and the screen's pixel ratio), so stamping them is a
 * plain copy; a new zoom starts a new set. Off the FX thread (a background export) snapshots are not
 * allowed and the painter draws the shapes itself.
 */
final class ServerSprites {

    /** Room around the box for the shadow and the stroke's outer half, in canvas units. */
    private static final double MARGIN = 4;

    private record Key(Look look, double w, double h) {
    }

    private final Map<Key, Image> sprites = new HashMap<>();
    private double spriteScale = Double.NaN;
    private CanvasPalette spritePalette;
    private double pixelRatio = 1;

    void setPixelRatio(double ratio) {
        pixelRatio = ratio > 0 ? ratio : 1;
    }

    /** Stamps the body of a server box; false when no sprite can be made here and the caller must draw. */
    boolean draw(GraphicsContext gc, Look look, LayoutBox box, double scale, CanvasPalette p) {
        if (!Platform.isFxApplicationThread()) {
            return false;
        }
        if (scale != spriteScale || p != spritePalette) {
            sprites.clear();
            spriteScale = scale;
            spritePalette = p;
        }
        Image sprite = sprites.computeIfAbsent(new Key(look, box.w(), box.h()), k -> render(k, scale, p));
        double pixelsPerUnit = scale * pixelRatio;
        gc.drawImage(sprite, box.x() - MARGIN, box.y() - MARGIN, sprite.getWidth() / pixelsPerUnit, sprite.getHeight() / pixelsPerUnit);
        return true;
    }

    private Image render(Key key, double scale, CanvasPalette p) {
        double pixelsPerUnit = scale * pixelRatio;
        Canvas canvas = new Canvas(Math.ceil((key.w() + 2 * MARGIN) * pixelsPerUnit), Math.ceil((key.h() + 2 * MARGIN) * pixelsPerUnit));
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.scale(pixelsPerUnit, pixelsPerUnit);
        ServerPainter.drawBody(gc, key.look(), MARGIN, MARGIN, key.w(), key.h(), scale, p);
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        return canvas.snapshot(transparent, null);
    }
}
