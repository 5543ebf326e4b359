package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.trace.TraceOverlayTarget;
import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.render.CanvasPalette;
import dev.aegisplanner.app.render.PathOverlay;
import dev.aegisplanner.app.render.RenderState;
import dev.aegisplanner.app.render.TopologyRenderer;
import dev.aegisplanner.app.render.Viewport;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.edit.Alignment;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The topology canvas: locations, data centers and servers drawn on one JavaFX {@link Canvas} by a
 * {@link TopologyRenderer}, with culling and level of detail so 100,000 servers stay responsive; a traced
 * path is drawn on a transparent canvas above it, so the packet moves without the topology being drawn again. This class
 * wires input (pointer gestures, keys, the in-place rename field, scroll bars, the overview) and schedules
 * repaints (one per pulse at most); it draws nothing itself and changes the topology only through the
 * document's command stack, so every edit is one undoable step.
 *
 * <p>Layout. A file need not place its elements. The canvas draws such a file with a derived layout
 * ({@link dev.aegisplanner.model.layout.EffectiveLayout}: the file's boxes where it has them, the automatic
 * layout elsewhere) and writes nothing: opening a file never makes the document dirty, and undo never has
 * a step the planner did not take. The first edit that changes the picture (a move, an added server)
 * writes the whole derived layout together with the change, in the same undo step, so from then on
 * what the planner sees is what the file says and nothing reflows.
 */
public final class TopologyCanvasView extends Region implements TraceOverlayTarget {

    public static final String STYLE_CLASS = "topology-canvas";

    private final TopologyDocument document;
    private final SelectionModel selection;
    private final ObjectProperty<CanvasTool> tool = new SimpleObjectProperty<>(CanvasTool.SELECT);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1.0);
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper("");
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final Canvas canvas = new Canvas();
    private final CanvasCamera camera = new CanvasCamera();
    private final Canvas pathLayer = new Canvas();
    private final FxPaints paints = new FxPaints();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D(), paints, true);
    private final FxSurface pathSurface = new FxSurface(pathLayer.getGraphicsContext2D(), paints, false);
    private final TopologyRenderer renderer = new TopologyRenderer();
    private final RepaintScheduler repaints = new RepaintScheduler(this::paint);
    private final CanvasActions actions;
    private final CanvasPointer pointer;
    private final CanvasKeys keys;
    private final InPlaceRenamer renamer;
    private final CanvasScrollBars scrollBars;
    private final OverviewMap overview;
    private CanvasScene scene;
    private Map<ElementRef, Severity> markers = Map.of();
    private Set<ElementRef> selectionSnapshot = Set.of();
    private boolean selectionChanged = true;
    private ElementRef dropTarget;
    private ElementRef flash;
    private long flashStart;
    private boolean fitted;
    private PathOverlay path;
    private boolean drawingStale = true;
    private boolean pathStale;

    public TopologyCanvasView(TopologyDocument document, SelectionModel selection) {
        this.document = document;
        this.selection = selection;
        this.scene = CanvasScene.of(document.topology());
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        actions = new CanvasActions(document, selection, this::drawing, statusMessage::set);
        renamer = new InPlaceRenamer(this::drawing, camera::viewport, actions::rename, this::requestFocus);
        pointer = new CanvasPointer(camera, this::drawing, selection, actions, tool, statusMessage::set,
                this::startRename, this::repaint, this::setCursor);
        keys = new CanvasKeys(this, pointer, camera, tool, selection);
        scrollBars = new CanvasScrollBars(camera, this::drawing);
        overview = new OverviewMap(this::drawing, camera, this::palette);
        pathLayer.setMouseTransparent(true);
        getChildren().addAll(canvas, pathLayer, scrollBars.horizontal(), scrollBars.vertical(), renamer.field());

        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            pointer.pressed(e);
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, pointer::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, pointer::released);
        addEventHandler(MouseEvent.MOUSE_CLICKED, pointer::clicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, pointer::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointer.exited());
        addEventHandler(ScrollEvent.SCROLL, pointer::scrolled);
        addEventHandler(ZoomEvent.ZOOM, pointer::zoomed);
        addEventHandler(KeyEvent.KEY_PRESSED, keys::pressed);
        addEventHandler(KeyEvent.KEY_RELEASED, keys::released);

        document.topologyProperty().addListener((obs, old, now) -> topologyChanged(now));
        document.fileProperty().addListener((obs, old, now) -> fitToWindow());
        selection.selectionProperty().addListener((InvalidationListener) obs -> {
            selectionChanged = true;
            repaint();
        });
        camera.viewportProperty().addListener((obs, old, now) -> {
            zoom.set(now.scale());
            scrollBars.sync();
            repaint();
        });
        tool.addListener((obs, old, now) -> statusMessage.set(hint(now)));
        darkTheme.addListener((obs, old, now) -> {
            overview.invalidateDrawing();
            repaint();
        });
    }

    public ObjectProperty<CanvasTool> toolProperty() {
        return tool;
    }

    /** 1.0 = 100 %. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** One-line messages for the status bar: why a click did nothing, what a tool does. */
    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    /** Follows the shell's theme (Primer Light or Primer Dark). */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public void setDarkTheme(boolean dark) {
        darkTheme.set(dark);
    }

    public void zoomIn() {
        camera.zoomStep(1);
    }

    public void zoomOut() {
        camera.zoomStep(-1);
    }

    public void zoomToActualSize() {
        camera.zoomTo(1.0);
    }

    public void fitToWindow() {
        camera.fit(scene.bounds());
    }

    /** Scrolls and zooms so the element is in view, and flashes it. */
    public void reveal(ElementRef ref) {
        scene.boxOf(ref).ifPresent(box -> {
            camera.reveal(box);
            flash = ref;
            flashStart = 0;
            repaint();
        });
    }

    /** The innermost element drawn at a point in this node's local coordinates (for drag-and-drop targets). */
    public Optional<ElementRef> elementAt(double localX, double localY) {
        Viewport vp = camera.viewport();
        return scene.elementAt(vp.toCanvasX(localX), vp.toCanvasY(localY));
    }

    /** Highlights the element a drag-and-drop would land on; {@code null} clears it. */
    public void setDropTarget(ElementRef target) {
        dropTarget = target;
        repaint();
    }

    /** Elements to mark as having problems (errors red, warnings amber). */
    public void setProblemMarkers(Map<ElementRef, Severity> problems) {
        markers = Map.copyOf(problems);
        repaint();
    }

    /**
     * Draws a traced path over the topology, the packet at {@code hopPosition} (2.5 is halfway from the third
     * hop to the fourth). Only the path's own layer is drawn again, so moving the packet every frame costs
     * little however large the topology.
     */
    public void showTrace(TraceResult trace, double hopPosition) {
        path = new PathOverlay(trace, hopPosition);
        pathStale = true;
        repaints.request();
    }

    public void clearTrace() {
        if (path != null) {
            path = null;
            pathStale = true;
            repaints.request();
        }
    }

    public void selectAll() {
        actions.selectAll();
    }

    public void copySelection() {
        actions.copy();
    }

    public void cutSelection() {
        actions.cut();
    }

    public void paste() {
        actions.paste();
    }

    public void duplicateSelection() {
        actions.duplicate();
    }

    public void deleteSelection() {
        actions.delete();
    }

    /** Starts in-place rename of the single selected element. */
    public void renameSelection() {
        if (selection.selected().size() == 1) {
            startRename(selection.selected().iterator().next());
        }
    }

    /** Lays out the children of the selected frames (or everything when nothing is selected) in a tidy grid. */
    public void autoArrangeSelection() {
        actions.arrange();
    }

    /** Lines up the selected elements against an edge or the centre of their common bounds. */
    public void alignSelection(Alignment alignment) {
        actions.align(alignment);
    }

    /** A small overview of the whole drawing with the visible area outlined; the shell places it. */
    public Node overview() {
        return overview;
    }

    /** What is drawn now, for exports that render the same picture headless with a {@link TopologyRenderer}. */
    public CanvasScene drawing() {
        return scene;
    }

    /** Zooms to a scale around the middle of the view (previews and tests; the shell zooms by steps). */
    void zoomTo(double scale) {
        camera.zoomTo(scale);
    }

    /** Where the view looks now; tests turn canvas points into screen points with it. */
    Viewport viewport() {
        return camera.viewport();
    }

    void nudgeSelection(double dx, double dy, Object coalesceKey) {
        actions.move(selection.snapshot(), dx, dy, coalesceKey);
    }

    void endNudge() {
        actions.endGesture();
    }

    @Override
    protected void layoutChildren() {
        double bar = scrollBars.thickness();
        double w = Math.max(0, getWidth() - bar);
        double h = Math.max(0, getHeight() - bar);
        canvas.setWidth(w);
        canvas.setHeight(h);
        pathLayer.setWidth(w);
        pathLayer.setHeight(h);
        scrollBars.horizontal().resizeRelocate(0, h, w, bar);
        scrollBars.vertical().resizeRelocate(w, 0, bar, h);
        camera.resize(w, h);
        if (!fitted && w > 0 && h > 0) {
            fitted = true;
            fitToWindow();
        }
        repaint();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    private CanvasPalette palette() {
        return CanvasPalette.of(darkTheme.get());
    }

    private void topologyChanged(Topology topology) {
        scene = CanvasScene.of(topology, scene);
        selection.retainExisting(ref -> !isDrawnKind(ref) || scene.boxOf(ref).isPresent());
        if (renamer.isEditing()) {
            renamer.cancel();
        }
        scrollBars.sync();
        overview.invalidateDrawing();
        repaint();
    }

    private void startRename(ElementRef ref) {
        if (!isDrawnKind(ref) || ref.kind() == ElementKind.ORIGIN) {
            return;
        }
        Topology t = document.topology();
        String name = switch (ref.kind()) {
            case LOCATION -> t.location(ref.id()).map(l -> l.displayName()).orElse(ref.id());
            case DATA_CENTER -> scene.frame(ref.id()).map(f -> f.title()).orElse(ref.id());
            default -> scene.server(ref.id()).map(s -> s.label()).orElse(ref.id());
        };
        if (camera.viewport().scale() < 0.55) {
            scene.boxOf(ref).ifPresent(camera::reveal);
        }
        renamer.start(ref, name);
    }

    /** Everything is drawn again on the next pulse: the topology, its overlays and the path above them. */
    private void repaint() {
        drawingStale = true;
        repaints.request();
    }

    private boolean paint(long now) {
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return false;
        }
        boolean animating = false;
        if (drawingStale) {
            animating = paintDrawing(now);
            drawingStale = animating;
            pathStale = true;
        }
        if (pathStale) {
            paintPath();
            pathStale = false;
        }
        return animating;
    }

    private boolean paintDrawing(long now) {
        if (selectionChanged) {
            selectionSnapshot = selection.selected();
            selectionChanged = false;
        }
        double phase = 0;
        if (flash != null) {
            flashStart = flashStart == 0 ? now : flashStart;
            phase = (now - flashStart) / 1.2e9;
            if (phase >= 1) {
                flash = null;
            }
        }
        ElementRef highlight = dropTarget != null ? dropTarget : pointer.hover();
        RenderState state = new RenderState(selectionSnapshot, markers, highlight, flash, Math.min(1, phase),
                pointer.band(), tool.get() == CanvasTool.SELECT, palette(), false);
        if (getScene() != null && getScene().getWindow() != null) {
            surface.setPixelRatio(getScene().getWindow().getOutputScaleX());
        }
        renderer.render(surface, scene, camera.viewport(), state);
        return flash != null;
    }

    private void paintPath() {
        pathLayer.getGraphicsContext2D().clearRect(0, 0, pathLayer.getWidth(), pathLayer.getHeight());
        if (path != null) {
            renderer.renderPath(pathSurface, scene, camera.viewport(), path, palette());
        }
    }

    private static boolean isDrawnKind(ElementRef ref) {
        return ref.kind() == ElementKind.LOCATION || ref.kind() == ElementKind.DATA_CENTER
                || ref.kind() == ElementKind.SERVER || ref.kind() == ElementKind.ORIGIN;
    }

    private static String hint(CanvasTool tool) {
        return switch (tool) {
            case SELECT -> "";
            case ADD_LOCATION -> "Click on the canvas to add a location. Esc to stop.";
            case ADD_DATA_CENTER -> "Click inside a location to add a data center. Esc to stop.";
            case ADD_SERVER -> "Click inside a data center to add a server. Esc to stop.";
        };
    }
}
