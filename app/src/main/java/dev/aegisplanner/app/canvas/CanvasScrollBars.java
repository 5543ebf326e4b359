package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.render.Viewport;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;

/**
 * Scroll bars over the drawing's bounds (with a margin) joined with what is visible, so the view can
 * always be scrolled back to the drawing and a view panned past it is still represented.
 */
final class CanvasScrollBars {

    private static final double MARGIN = 200;

    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final CanvasCamera camera;
    private final Supplier<CanvasScene> scene;
    private boolean syncing;

    CanvasScrollBars(CanvasCamera camera, Supplier<CanvasScene> scene) {
        this.camera = camera;
        this.scene = scene;
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.valueProperty().addListener((obs, old, now) -> scrolled());
        vertical.valueProperty().addListener((obs, old, now) -> scrolled());
    }

    ScrollBar horizontal() {
        return horizontal;
    }

    ScrollBar vertical() {
        return vertical;
    }

    double thickness() {
        return Math.max(12, vertical.prefWidth(-1));
    }

    void sync() {
        Viewport vp = camera.viewport();
        LayoutBox visible = vp.visible();
        LayoutBox b = scene.get().bounds();
        LayoutBox range = Boxes.union(new LayoutBox(b.x() - MARGIN, b.y() - MARGIN, b.w() + 2 * MARGIN, b.h() + 2 * MARGIN), visible);
        syncing = true;
        try {
            set(horizontal, range.x(), Boxes.right(range) - visible.w(), visible.x(), visible.w());
            set(vertical, range.y(), Boxes.bottom(range) - visible.h(), visible.y(), visible.h());
        } finally {
            syncing = false;
        }
    }

    private static void set(ScrollBar bar, double min, double max, double value, double visible) {
        bar.setMin(min);
        bar.setMax(Math.max(min, max));
        bar.setVisibleAmount(visible);
        bar.setUnitIncrement(visible / 20);
        bar.setBlockIncrement(visible * 0.8);
        bar.setValue(value);
    }

    private void scrolled() {
        if (!syncing) {
            Viewport vp = camera.viewport();
            camera.set(vp.scrolledTo(horizontal.getValue(), vertical.getValue()));
        }
    }
}
