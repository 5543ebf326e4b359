package dev.aegisplanner.app.canvas.render;

import dev.aegisplanner.app.canvas.scene.CanvasScene;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.LayoutBox;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Draws a {@link CanvasScene} onto any {@link GraphicsContext} for a {@link Viewport}: the editor's canvas,
 * the overview, or an off-screen canvas for PNG export. Only what meets the viewport is visited, and the
 * level of detail follows the zoom ({@link Detail}), so the cost of a frame depends on what is visible, not
 * on the size of the topology.
 *
 * <p>Content is drawn in canvas units under a scaling transform (text and shapes scale together); labels
 * for the zoomed-out view and the overlays are drawn in screen pixels so they keep their size.
 */
public final class TopologyRenderer {

    private static final double GRID_SPACING = 24;

    private final FramePainter frames = new FramePainter();
    private final ServerPainter servers = new ServerPainter();
    private final EdgePainter edges = new EdgePainter();
    private final LabelPainter labels = new LabelPainter();
    private final OverlayPainter overlays = new OverlayPainter();
    private CanvasScene colorsFor;
    private PoolColors colors;
    private CanvasPalette gridFor;
    private WritableImage gridTile;

    public void render(GraphicsContext gc, CanvasScene scene, Viewport vp, RenderState st) {
        CanvasPalette p = st.palette();
        PoolColors poolColors = poolColors(scene);
        double scale = vp.scale();
        Detail detail = Detail.at(scale);
        LayoutBox view = vp.visible();

        gc.save();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        background(gc, vp, p);
        gc.setTransform(scale, 0, 0, scale, -vp.x() * scale, -vp.y() * scale);
        scene.forEachFrameIn(view, frame -> {
            if (frame.isLocation()) {
                frames.location(gc, frame, scale, p);
                return;
            }
            frames.dataCenter(gc, frame, scale, p);
            switch (detail) {
                case FULL -> frame.forEachServerIn(view, s -> servers.full(gc, s, scale, p, poolColors));
                case OUTLINE -> frame.forEachServerIn(view, s -> servers.outline(gc, s, scale, p, poolColors));
                case DOTS -> frame.forEachServerIn(view, s -> servers.dot(gc, s, p, poolColors));
                case AGGREGATE -> frames.aggregate(gc, frame, scale, p, poolColors);
            }
        });
        LayoutBox origins = scene.origins().stream().map(o -> o.box()).reduce(null, Boxes::union);
        edges.flows(gc, scene.client(), scene.contentBounds(), origins, scale, p);
        if (Boxes.intersects(scene.client(), view)) {
            edges.client(gc, scene.client(), scale, p);
        }
        scene.origins().stream().filter(o -> Boxes.intersects(o.box(), view)).forEach(o -> edges.origin(gc, o, scale, p));
        gc.setTransform(1, 0, 0, 1, 0, 0);
        if (!st.miniature()) {
            labels.paint(gc, scene, vp, p, detail);
            overlays.paint(gc, scene, vp, st, detail);
        }
        gc.restore();
    }

    /** The pool colours of the scene's topology, kept while the pools stay the same. */
    public PoolColors poolColors(CanvasScene scene) {
        if (colors == null || colorsFor == null || colorsFor.topology().pools() != scene.topology().pools()) {
            colors = PoolColors.of(scene.topology());
        }
        colorsFor = scene;
        return colors;
    }

    /**
     * The page colour with a faint dot grid that pans with the drawing. The grid is stamped from a tile
     * holding several cells at the current spacing (whole pixels), a few dozen copies per frame.
     */
    private void background(GraphicsContext gc, Viewport vp, CanvasPalette p) {
        gc.setFill(p.background());
        gc.fillRect(0, 0, vp.width(), vp.height());
        int step = (int) Math.round(GRID_SPACING * vp.scale());
        if (step < 10) {
            return;
        }
        int cells = Math.max(1, 240 / step);
        int size = step * cells;
        if (gridTile == null || gridFor != p || gridTile.getWidth() != size) {
            gridTile = dotTile(p.gridDot(), step, cells);
            gridFor = p;
        }
        double ox = Math.floorMod(Math.round(-vp.x() * vp.scale()), size) - size;
        double oy = Math.floorMod(Math.round(-vp.y() * vp.scale()), size) - size;
        for (double y = oy; y < vp.height(); y += size) {
            for (double x = ox; x < vp.width(); x += size) {
                gc.drawImage(gridTile, x, y);
            }
        }
    }

    private static WritableImage dotTile(Color dot, int step, int cells) {
        WritableImage tile = new WritableImage(step * cells, step * cells);
        for (int cy = 0; cy < cells; cy++) {
            for (int cx = 0; cx < cells; cx++) {
                for (int d = 0; d < 4; d++) {
                    tile.getPixelWriter().setColor(cx * step + d % 2, cy * step + d / 2, dot);
                }
            }
        }
        return tile;
    }

    /** The screen's device pixels per logical pixel (2 on a HiDPI display), so stamped sprites stay sharp. */
    public void setPixelRatio(double ratio) {
        servers.setPixelRatio(ratio);
    }
}
