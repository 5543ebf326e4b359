package dev.aegisplanner.app.canvas;

import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import javafx.geometry.Point2D;

/** Where a canvas view draws things, on the screen: the points tests press, drag and right-click on. */
final class CanvasPoints {

    private final TopologyCanvasView view;

    CanvasPoints(TopologyCanvasView view) {
        this.view = view;
    }

    /** Where an element is drawn, in canvas units. */
    LayoutBox box(ElementRef ref) {
        return view.drawing().boxOf(ref).orElseThrow();
    }

    Point2D centreOf(LayoutBox box) {
        return screenOf(Boxes.centerX(box), Boxes.centerY(box));
    }

    Point2D screenOf(double canvasX, double canvasY) {
        return view.localToScreen(view.viewport().toScreenX(canvasX), view.viewport().toScreenY(canvasY));
    }
}
