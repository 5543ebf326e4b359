package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.render.Viewport;
import dev.aegisplanner.model.topology.LayoutBox;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Where the view looks: one observable {@link Viewport}, changed only through the operations a planner
 * has (zoom by a step or around the cursor, pan, fit, centre on something).
 */
final class CanvasCamera {

    static final double ZOOM_STEP = 1.25;
    static final double FIT_MARGIN = 32;
    /** Fitting a small drawing never magnifies it past 100 %: servers at their natural size look best. */
    static final double FIT_MAX_SCALE = 1.0;

    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(new Viewport(0, 0, 1, 0, 0));

    ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    Viewport viewport() {
        return viewport.get();
    }

    void set(Viewport next) {
        viewport.set(next);
    }

    void resize(double width, double height) {
        viewport.set(viewport.get().withSize(width, height));
    }

    void zoomAround(double factor, double screenX, double screenY) {
        Viewport vp = viewport.get();
        viewport.set(vp.zoomedAround(vp.scale() * factor, screenX, screenY));
    }

    /** Zooms by a step around the middle of the view (keyboard and menu zoom). */
    void zoomStep(int steps) {
        Viewport vp = viewport.get();
        zoomAround(Math.pow(ZOOM_STEP, steps), vp.width() / 2, vp.height() / 2);
    }

    void zoomTo(double scale) {
        Viewport vp = viewport.get();
        viewport.set(vp.zoomedAround(scale, vp.width() / 2, vp.height() / 2));
    }

    void panByPixels(double dx, double dy) {
        Viewport vp = viewport.get();
        viewport.set(vp.scrolledTo(vp.x() - dx / vp.scale(), vp.y() - dy / vp.scale()));
    }

    void fit(LayoutBox box) {
        viewport.set(viewport.get().fitting(box, FIT_MARGIN, FIT_MAX_SCALE));
    }

    /**
     * Shows a box whole in a part of the view, the rest kept clear (for panels laid over the drawing): the box is
     * centred in what the insets leave, at the scale that fits it there (at most {@code maxScale}).
     */
    void fitInto(LayoutBox box, double top, double right, double bottom, double left, double maxScale) {
        Viewport vp = viewport.get();
        double width = Math.max(1, vp.width() - left - right);
        double height = Math.max(1, vp.height() - top - bottom);
        double fit = Math.min(width / Math.max(1, box.w()), height / Math.max(1, box.h()));
        double s = Math.max(Viewport.MIN_SCALE, Math.min(maxScale, fit));
        double cx = box.x() + box.w() / 2;
        double cy = box.y() + box.h() / 2;
        viewport.set(new Viewport(cx - (left + width / 2) / s, cy - (top + height / 2) / s, s, vp.width(), vp.height()));
    }

    void centreOn(double canvasX, double canvasY) {
        Viewport vp = viewport.get();
        viewport.set(vp.centredOn(canvasX, canvasY, vp.scale()));
    }

    /**
     * Brings a box into view: centred at the current zoom when it fits and can be seen there, otherwise at
     * the zoom that shows it whole (at most 100 %, at least enough to read labels).
     */
    void reveal(LayoutBox box) {
        Viewport vp = viewport.get();
        boolean fits = box.w() * vp.scale() <= vp.width() - 2 * FIT_MARGIN && box.h() * vp.scale() <= vp.height() - 2 * FIT_MARGIN;
        boolean legible = vp.scale() >= 0.55 || box.w() * vp.scale() >= 160;
        if (fits && legible) {
            viewport.set(vp.centredOn(box.x() + box.w() / 2, box.y() + box.h() / 2, vp.scale()));
        } else {
            viewport.set(vp.fitting(box, FIT_MARGIN * 3, FIT_MAX_SCALE));
        }
    }
}
