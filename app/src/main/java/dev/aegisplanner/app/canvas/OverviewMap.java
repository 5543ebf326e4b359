package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.render.CanvasPalette;
import dev.aegisplanner.app.render.RenderState;
import dev.aegisplanner.app.render.TopologyRenderer;
import dev.aegisplanner.app.render.Viewport;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.app.render.surface.Surface;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The whole drawing in miniature with the visible part outlined. Pressing or dragging in it centres the
 * main view on that point. Two canvases: the drawing, repainted when the topology or theme changes, and
 * the outline above it, repainted on every pan or zoom, which is cheap.
 */
final class OverviewMap extends Region {

    static final String STYLE_CLASS = "canvas-overview";
    private static final double PADDING = 8;

    private final Canvas drawing = new Canvas();
    private final Canvas outline = new Canvas();
    private final TopologyRenderer renderer = new TopologyRenderer();
    private final FxPaints paints = new FxPaints();
    private final FxSurface drawingSurface = new FxSurface(drawing.getGraphicsContext2D(), paints, false);
    private final FxSurface outlineSurface = new FxSurface(outline.getGraphicsContext2D(), paints, false);
    private final Supplier<CanvasScene> scene;
    private final CanvasCamera camera;
    private final Supplier<CanvasPalette> palette;
    private final RepaintScheduler repaints = new RepaintScheduler(now -> {
        paint();
        return false;
    });
    private Viewport overview;
    private boolean drawingStale = true;

    OverviewMap(Supplier<CanvasScene> scene, CanvasCamera camera, Supplier<CanvasPalette> palette) {
        this.scene = scene;
        this.camera = camera;
        this.palette = palette;
        getStyleClass().add(STYLE_CLASS);
        getChildren().addAll(drawing, outline);
        setPrefSize(240, 150);
        setMinSize(120, 80);
        outline.setMouseTransparent(true);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::navigate);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::navigate);
        camera.viewportProperty().addListener((obs, old, now) -> repaints.request());
    }

    /** The topology or the theme changed: the miniature is drawn again on the next pulse (once, however many changes). */
    void invalidateDrawing() {
        drawingStale = true;
        repaints.request();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (drawing.getWidth() != w || drawing.getHeight() != h) {
            drawing.setWidth(w);
            drawing.setHeight(h);
            outline.setWidth(w);
            outline.setHeight(h);
            drawingStale = true;
        }
        paint();
    }

    private void paint() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        if (drawingStale) {
            LayoutBox bounds = scene.get().bounds();
            overview = new Viewport(0, 0, 1, getWidth(), getHeight()).fitting(bounds, PADDING, 0.25);
            renderer.render(drawingSurface, scene.get(), overview, RenderState.miniature(palette.get()));
            frame(drawingSurface, palette.get());
            drawingStale = false;
        }
        paintOutline();
    }

    /** A card edge, so the overview reads as a separate panel floating over the drawing. */
    private void frame(Surface s, CanvasPalette p) {
        s.setStroke(p.locationStroke());
        s.setLineWidth(1);
        s.strokeRect(0.5, 0.5, getWidth() - 1, getHeight() - 1);
    }

    private void paintOutline() {
        outline.getGraphicsContext2D().clearRect(0, 0, outline.getWidth(), outline.getHeight());
        if (overview == null) {
            return;
        }
        LayoutBox visible = overview.toScreen(camera.viewport().visible());
        CanvasPalette p = palette.get();
        Surface s = outlineSurface;
        s.setFill(p.accentSubtle());
        s.fillRect(visible.x(), visible.y(), visible.w(), visible.h());
        s.setStroke(p.accent());
        s.setLineWidth(1.5);
        s.strokeRect(visible.x(), visible.y(), Math.max(2, visible.w()), Math.max(2, visible.h()));
    }

    private void navigate(MouseEvent e) {
        if (overview != null) {
            camera.centreOn(overview.toCanvasX(e.getX()), overview.toCanvasY(e.getY()));
        }
        e.consume();
    }
}
