package dev.aegisplanner.app.render;

import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.app.render.scene.SceneFrame;
import dev.aegisplanner.app.render.scene.SceneOrigin;
import dev.aegisplanner.app.render.surface.Rgba;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.function.Consumer;

/**
 * Draws a {@link CanvasScene} onto any {@link Surface} for a {@link Viewport}: the editor's canvas, the
 * overview, or an image for export. Only what meets the viewport is visited, and the level of detail follows
 * the zoom ({@link Detail}), so the cost of a frame depends on what is visible, not on the size of the
 * topology.
 *
 * <p>Content is drawn in canvas units under a scaling transform (text and shapes scale together); labels
 * for the zoomed-out view and the overlays are drawn in screen pixels so they keep their size. The
 * forwarding path is drawn apart ({@link #renderPath}), so a view can put it on a layer of its own and move
 * the packet without drawing the topology again.
 */
public final class TopologyRenderer {

    private static final double GRID_SPACING = 24;

    /** A tile of the dot grid, several cells at a spacing in whole pixels, as a stamp that draws itself. */
    private record GridTile(Rgba dot, int step, int cells) implements Consumer<Surface> {

        @Override
        public void accept(Surface s) {
            s.setFill(dot);
            for (int cy = 0; cy < cells; cy++) {
                for (int cx = 0; cx < cells; cx++) {
                    s.fillRect(cx * step, cy * step, 2, 2);
                }
            }
        }
    }

    private final FramePainter frames = new FramePainter();
    private final ServerPainter servers = new ServerPainter();
    private final EdgePainter edges = new EdgePainter();
    private final LabelPainter labels = new LabelPainter();
    private final OverlayPainter overlays = new OverlayPainter();
    private final PathPainter path = new PathPainter();
    private CanvasScene colorsFor;
    private PoolColors colors;
    private GridTile tile;
    private boolean everyServerInFull;

    /** Draws the path's words this much larger than usual: presentation mode, read from across a room. */
    public void setPathTextScale(double scale) {
        path.setTextScale(scale);
    }

    /**
     * Draws every server in full (its name, its chips) whatever the scale: for vector drawings, which are read
     * zoomed in. Off by default: a screen shows the detail its zoom can carry.
     */
    public void setEveryServerInFull(boolean value) {
        everyServerInFull = value;
    }

    public void render(Surface s, CanvasScene scene, Viewport vp, RenderState st) {
        CanvasPalette p = st.palette();
        PoolColors poolColors = poolColors(scene);
        double scale = vp.scale();
        Detail detail = everyServerInFull ? Detail.FULL : Detail.at(scale);
        LayoutBox view = vp.visible();

        s.save();
        s.setTransform(1, 0, 0);
        background(s, vp, p);
        s.setTransform(scale, -vp.x() * scale, -vp.y() * scale);
        scene.forEachFrameIn(view, frame -> {
            s.beginElement(frame.ref(), frame.title());
            if (frame.isLocation()) {
                frames.location(s, frame, scale, p);
            } else {
                frames.dataCenter(s, frame, scale, p);
                servers(s, frame, view, detail, scale, p, poolColors);
            }
            s.endGroup();
        });
        LayoutBox origins = scene.origins().stream().map(SceneOrigin::box).reduce(null, Boxes::union);
        edges.flows(s, scene.client(), scene.contentBounds(), origins, scale, p);
        if (Boxes.intersects(scene.client(), view)) {
            s.beginGroup("client", "Client");
            edges.client(s, scene.client(), scale, p);
            s.endGroup();
        }
        for (SceneOrigin origin : scene.origins()) {
            if (Boxes.intersects(origin.box(), view)) {
                s.beginElement(origin.ref(), origin.origin().displayName());
                edges.origin(s, origin, scale, p);
                s.endGroup();
            }
        }
        s.setTransform(1, 0, 0);
        if (!st.miniature()) {
            labels.paint(s, scene, vp, p, detail);
            overlays.paint(s, scene, vp, st, detail);
        }
        s.restore();
    }

    /**
     * Draws a forwarding path over a drawing of the same scene and viewport: the elements it passes lit, its
     * legs as labelled arrows, the packet where the overlay says. Transparent elsewhere, so it can go on a
     * layer of its own.
     */
    public void renderPath(Surface s, CanvasScene scene, Viewport vp, PathOverlay overlay, CanvasPalette p) {
        s.save();
        s.setTransform(1, 0, 0);
        path.paint(s, scene, vp, overlay, p);
        s.restore();
    }

    private void servers(Surface s, SceneFrame dataCenter, LayoutBox view, Detail detail, double scale,
                         CanvasPalette p, PoolColors poolColors) {
        if (detail == Detail.AGGREGATE) {
            frames.aggregate(s, dataCenter, scale, p, poolColors);
            return;
        }
        dataCenter.forEachServerIn(view, server -> {
            s.beginElement(server.ref(), server.label());
            switch (detail) {
                case FULL -> servers.full(s, server, scale, p, poolColors);
                case OUTLINE -> servers.outline(s, server, scale, p, poolColors);
                default -> servers.dot(s, server, p, poolColors);
            }
            s.endGroup();
        });
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
    private void background(Surface s, Viewport vp, CanvasPalette p) {
        s.setFill(p.background());
        s.fillRect(0, 0, vp.width(), vp.height());
        int step = (int) Math.round(GRID_SPACING * vp.scale());
        if (step < 10) {
            return;
        }
        int cells = Math.max(1, 240 / step);
        int size = step * cells;
        if (tile == null || tile.dot() != p.gridDot() || tile.step() != step) {
            tile = new GridTile(p.gridDot(), step, cells);
        }
        double ox = Math.floorMod(Math.round(-vp.x() * vp.scale()), size) - size;
        double oy = Math.floorMod(Math.round(-vp.y() * vp.scale()), size) - size;
        for (double y = oy; y < vp.height(); y += size) {
            for (double x = ox; x < vp.width(); x += size) {
                s.stamp(tile, x, y, size, size, tile);
            }
        }
    }
}
