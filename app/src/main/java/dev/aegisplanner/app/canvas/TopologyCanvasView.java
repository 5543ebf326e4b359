package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.validation.Severity;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The topology canvas: locations, data centers and servers drawn on one JavaFX Canvas. This is the API the
 * window shell builds against; the canvas engineer implements it.
 */
public final class TopologyCanvasView extends Region {

    private final ObjectProperty<CanvasTool> tool = new SimpleObjectProperty<>(CanvasTool.SELECT);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1.0);

    public TopologyCanvasView(TopologyDocument document, SelectionModel selection) {
    }

    public ObjectProperty<CanvasTool> toolProperty() {
        return tool;
    }

    /** 1.0 = 100 %. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public void zoomIn() {
    }

    public void zoomOut() {
    }

    public void zoomToActualSize() {
    }

    public void fitToWindow() {
    }

    /** Scrolls and zooms so the element is in view, and flashes it. */
    public void reveal(ElementRef ref) {
    }

    /** The innermost element drawn at a point in this node's local coordinates (for drag-and-drop targets). */
    public Optional<ElementRef> elementAt(double localX, double localY) {
        return Optional.empty();
    }

    /** Elements to mark as having problems (errors red, warnings amber). */
    public void setProblemMarkers(Map<ElementRef, Severity> markers) {
    }

    public void selectAll() {
    }

    public void copySelection() {
    }

    public void cutSelection() {
    }

    public void paste() {
    }

    public void duplicateSelection() {
    }

    public void deleteSelection() {
    }

    /** Starts in-place rename of the single selected element. */
    public void renameSelection() {
    }

    /** Lays out the children of the selected frames (or everything when nothing is selected) in a tidy grid. */
    public void autoArrangeSelection() {
    }

    /** A small overview of the whole drawing with the visible area outlined; the shell places it. */
    public Node overview() {
        return new Pane();
    }
}
