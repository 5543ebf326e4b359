package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.render.Viewport;

/** Drags the drawing under the pointer: the canvas point grabbed stays under the mouse. */
final class PanGesture implements Gesture {

    private final CanvasCamera camera;
    private final Viewport start;
    private final double startX;
    private final double startY;

    PanGesture(CanvasCamera camera, double x, double y) {
        this.camera = camera;
        this.start = camera.viewport();
        this.startX = x;
        this.startY = y;
    }

    @Override
    public void drag(double x, double y, DragKeys keys) {
        double s = start.scale();
        camera.set(camera.viewport().scrolledTo(start.x() - (x - startX) / s, start.y() - (y - startY) / s));
    }

    @Override
    public void release(double x, double y, DragKeys keys) {
        drag(x, y, keys);
    }
}
