package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Rubber band selection: selects what the band encloses completely; with Shift held at the end, adds it to
 * the selection. A frame enclosed whole stands for its contents.
 */
final class BandGesture implements Gesture {

    private final CanvasCamera camera;
    private final Supplier<CanvasScene> scene;
    private final SelectionModel selection;
    private final Consumer<LayoutBox> showBand;
    private final double startX;
    private final double startY;

    BandGesture(CanvasCamera camera, Supplier<CanvasScene> scene, SelectionModel selection, Consumer<LayoutBox> showBand,
                double x, double y) {
        this.camera = camera;
        this.scene = scene;
        this.selection = selection;
        this.showBand = showBand;
        this.startX = camera.viewport().toCanvasX(x);
        this.startY = camera.viewport().toCanvasY(y);
    }

    @Override
    public void drag(double x, double y, DragKeys keys) {
        showBand.accept(band(x, y));
    }

    @Override
    public void release(double x, double y, DragKeys keys) {
        LayoutBox band = band(x, y);
        showBand.accept(null);
        List<ElementRef> inside = scene.get().elementsWithin(band);
        if (keys.shift()) {
            inside.forEach(selection::add);
        } else {
            selection.selectAll(inside);
        }
    }

    @Override
    public void cancel() {
        showBand.accept(null);
    }

    private LayoutBox band(double x, double y) {
        double cx = camera.viewport().toCanvasX(x);
        double cy = camera.viewport().toCanvasY(y);
        return new LayoutBox(Math.min(startX, cx), Math.min(startY, cy), Math.abs(cx - startX), Math.abs(cy - startY));
    }
}
