package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.render.ResizeHandle;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;

/**
 * Drags a handle of the selected frame. The model keeps the frame around its contents and inside its own
 * frame; the whole drag is one undo step.
 */
final class ResizeGesture implements Gesture {

    private final CanvasCamera camera;
    private final CanvasActions actions;
    private final ElementRef frame;
    private final ResizeHandle handle;
    private final LayoutBox start;
    private final double startX;
    private final double startY;
    private final Object coalesceKey = new Object();
    private final LatestOnly pending = new LatestOnly();

    ResizeGesture(CanvasCamera camera, CanvasActions actions, ElementRef frame, ResizeHandle handle, LayoutBox start,
                  double x, double y) {
        this.camera = camera;
        this.actions = actions;
        this.frame = frame;
        this.handle = handle;
        this.start = start;
        this.startX = x;
        this.startY = y;
    }

    @Override
    public void drag(double x, double y, DragKeys keys) {
        double scale = camera.viewport().scale();
        double dx = Math.round((x - startX) / scale);
        double dy = Math.round((y - startY) / scale);
        pending.submit(() -> actions.resize(frame, handle.dragged(start, dx, dy), coalesceKey));
    }

    @Override
    public void release(double x, double y, DragKeys keys) {
        drag(x, y, keys);
        pending.flush();
        actions.endGesture();
    }

    @Override
    public void cancel() {
        pending.flush();
        actions.endGesture();
    }
}
