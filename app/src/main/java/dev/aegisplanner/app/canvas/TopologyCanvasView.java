package dev.aegisplanner.app.canvas;

import dev.aegisplanner.app.trace.TraceOverlayTarget;
import dev.aegisplanner.app.document.SelectionModel;
import dev.aegisplanner.app.document.TopologyDocument;
import dev.aegisplanner.app.render.CanvasPalette;
import dev.aegisplanner.app.render.Guide;
import dev.aegisplanner.app.render.LocationTitles;
import dev.aegisplanner.app.render.PathOverlay;
import dev.aegisplanner.app.render.RenderState;
import dev.aegisplanner.app.render.Shading;
import dev.aegisplanner.app.render.TopologyRenderer;
import dev.aegisplanner.app.render.Viewport;
import dev.aegisplanner.app.render.scene.CanvasScene;
import dev.aegisplanner.model.edit.Alignment;
import dev.aegisplanner.model.engine.HopKind;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.layout.Boxes;
import dev.aegisplanner.model.topology.ElementKind;
import dev.aegisplanner.model.topology.ElementRef;
import dev.aegisplanner.model.topology.LayoutBox;
import dev.aegisplanner.model.topology.Topology;
import dev.aegisplanner.model.validation.Severity;
import java.util.ArrayList;
import java.util.List;
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
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
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
    /** Below this many pixels either way, the view waits for its size before fitting the drawing. */
    static final double MIN_FIT_SIZE = 40;
    /** How much larger the path's words are in presentation mode. */
    static final double PRESENTING_TEXT_SCALE = 1.5;
    /** A path of a few servers is shown large in presentation mode, but not past this zoom. */
    static final double PRESENTING_MAX_SCALE = 1.6;

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
    private ElementRef dragTarget;
    private List<Guide> guides = List.of();
    private List<LayoutBox> ghosts = List.of();
    private final CanvasContextMenu contextMenu;
    private ElementRef flash;
    private long flashStart;
    /**
     * The view the last fit to the window produced, while the planner has not moved it since: the window
     * settling on its size (or a panel shown or hidden) fits the drawing again rather than leaving it fitted
     * to a size it no longer has. Null once the planner has zoomed or panned.
     */
    private Viewport fittedView;
    private boolean fitPending = true;
    private PathOverlay path;
    private boolean drawingStale = true;
    private boolean pathStale;
    private boolean presenting;
    private boolean scrollable = true;

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
        pointer = new CanvasPointer(camera, this::drawing, selection, actions, tool, new PointerHost());
        keys = new CanvasKeys(this, pointer, camera, tool, selection);
        contextMenu = new CanvasContextMenu(this, document, selection, actions);
        scrollBars = new CanvasScrollBars(camera, this::drawing);
        overview = new OverviewMap(this::drawing, camera, this::palette);
        pathLayer.setMouseTransparent(true);
        getChildren().addAll(canvas, pathLayer, scrollBars.horizontal(), scrollBars.vertical(), renamer.field());

        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            pointer.pressed(e);
            // Not on to the tab pane around the canvas in the window, which takes the focus on a press: the arrow
            // keys would then switch its tabs instead of nudging the selection.
            e.consume();
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
        camera.viewportProperty().addListener((obs, old, now) -> {
            if (fittedView != null && !sameLook(now, fittedView)) {
                fittedView = null;
            }
        });
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
        Viewport vp = camera.viewport();
        if (vp.width() < MIN_FIT_SIZE || vp.height() < MIN_FIT_SIZE) {
            // Too small to fit anything in (a panel still opening): fit once there is room.
            fitPending = true;
            return;
        }
        fitPending = false;
        camera.fit(scene.bounds());
        fittedView = camera.viewport();
    }

    /** Whether two views look at the same place at the same zoom, whatever their sizes. */
    private static boolean sameLook(Viewport a, Viewport b) {
        return a.x() == b.x() && a.y() == b.y() && a.scale() == b.scale();
    }

    /**
     * Presentation mode: no scroll bars, and the path's words larger, for a projector. The window's canvas is
     * lent to the presentation and given back, so this is switched off again when it returns.
     */
    public void setPresenting(boolean value) {
        presenting = value;
        selectionChanged = true;
        renderer.setPathTextScale(value ? PRESENTING_TEXT_SCALE : 1);
        scrollBars.horizontal().setVisible(!value && scrollable);
        scrollBars.vertical().setVisible(!value && scrollable);
        requestLayout();
        pathStale = true;
        repaint();
    }

    /**
     * For a preview that is only looked at (it frames the whole drawing and takes no input): no scroll bars, so
     * the drawing has the whole view and nothing suggests there is more to scroll to.
     */
    public void hideScrollBars() {
        scrollable = false;
        scrollBars.horizontal().setVisible(false);
        scrollBars.vertical().setVisible(false);
        requestLayout();
    }

    /**
     * Shows the part of the drawing a traced path crosses (the client, the locations it enters and leaves, the
     * origin) whole in what the insets leave of the view, so panels laid over the canvas cover none of it.
     */
    public void fitTrace(TraceResult trace, Insets clear) {
        LayoutBox part = scene.client();
        for (ElementRef ref : traceParts(trace)) {
            LayoutBox box = scene.boxOf(ref).orElse(null);
            part = box == null ? part : Boxes.union(part, box);
        }
        camera.fitInto(part, clear.getTop(), clear.getRight(), clear.getBottom(), clear.getLeft(), PRESENTING_MAX_SCALE);
    }

    private static List<ElementRef> traceParts(TraceResult trace) {
        List<ElementRef> parts = new ArrayList<>();
        if (trace.ingress() != null && trace.ingress().location() != null) {
            parts.add(ElementRef.location(trace.ingress().location()));
        }
        if (trace.egress() != null && trace.egress().location() != null) {
            parts.add(ElementRef.location(trace.egress().location()));
        }
        trace.hops().stream().filter(h -> h.kind() == HopKind.ORIGIN && h.elementId() != null)
                .forEach(h -> parts.add(new ElementRef(ElementKind.ORIGIN, h.elementId())));
        return parts;
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

    /** Where an element is drawn now, in this node's local coordinates (presentation framing, tests). */
    public Optional<Bounds> boundsOf(ElementRef ref) {
        Viewport vp = camera.viewport();
        return scene.boxOf(ref).map(vp::toScreen).map(b -> new BoundingBox(b.x(), b.y(), b.w(), b.h()));
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

    /** Colours an analysis view (coverage, capacity) lays over the drawing; {@code Shading.NONE} for none. */
    public void setShading(Shading shading) {
        renderer.setShading(shading);
        repaint();
    }

    /** The analysis colours drawn now. */
    public Shading shading() {
        return renderer.shading();
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

    /** Lets the window add its own items to the context menu of an element (tracing, analyses, panels). */
    public void setContextMenuExtras(CanvasContextMenu.Extras extras) {
        contextMenu.setExtras(extras);
    }

    /**
     * Opens the context menu of an element (at its middle, or the view's when it is not drawn) or, given null,
     * of the empty canvas at the view's middle: the keyboard's way to it (the Menu key, Shift+F10).
     */
    public void showContextMenuFor(ElementRef ref) {
        Viewport vp = camera.viewport();
        LayoutBox box = ref == null ? null : scene.boxOf(ref).orElse(null);
        double x = box == null ? vp.width() / 2 : Math.max(0, Math.min(vp.width(), vp.toScreenX(box.x() + box.w() / 2)));
        double y = box == null ? vp.height() / 2 : Math.max(0, Math.min(vp.height(), vp.toScreenY(box.y() + box.h() / 2)));
        javafx.geometry.Point2D screen = localToScreen(x, y);
        if (screen != null) {
            contextMenu.show(ref, vp.toCanvasX(x), vp.toCanvasY(y), screen.getX(), screen.getY());
        }
    }

    /** The context menu, for tests and for closing it when the window changes. */
    public ContextMenu contextMenu() {
        return contextMenu.menu();
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

    /** The alignment guides a drag in progress shows (tests). */
    List<Guide> shownGuides() {
        return guides;
    }

    /** Where a drag in progress would drop what it carries into another frame (tests). */
    List<LayoutBox> shownGhosts() {
        return ghosts;
    }

    void nudgeSelection(double dx, double dy, Object coalesceKey) {
        actions.move(selection.snapshot(), dx, dy, coalesceKey);
    }

    @Override
    protected void layoutChildren() {
        double bar = presenting || !scrollable ? 0 : scrollBars.thickness();
        double w = Math.max(0, getWidth() - bar);
        double h = Math.max(0, getHeight() - bar);
        canvas.setWidth(w);
        canvas.setHeight(h);
        pathLayer.setWidth(w);
        pathLayer.setHeight(h);
        scrollBars.horizontal().resizeRelocate(0, h, w, bar);
        scrollBars.vertical().resizeRelocate(w, 0, bar, h);
        Viewport before = camera.viewport();
        boolean stillFitted = fittedView != null && sameLook(before, fittedView);
        boolean resized = before.width() != w || before.height() != h;
        camera.resize(w, h);
        if (fitPending || (stillFitted && resized)) {
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
        Topology before = scene.topology();
        scene = CanvasScene.of(topology, scene);
        if (!topology.sameElementsAs(before)) {
            selection.retainExisting(ref -> !isDrawnKind(ref) || scene.boxOf(ref).isPresent());
        }
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
        ElementRef highlight = presenting ? null
                : dropTarget != null ? dropTarget : dragTarget != null ? dragTarget : pointer.hover();
        RenderState state = new RenderState(shownSelection(), markers, highlight, flash, Math.min(1, phase),
                pointer.band(), !presenting && tool.get() == CanvasTool.SELECT, palette(), false, guides, ghosts);
        if (getScene() != null && getScene().getWindow() != null) {
            surface.setPixelRatio(getScene().getWindow().getOutputScaleX());
        }
        renderer.render(surface, scene, camera.viewport(), state);
        return flash != null;
    }

    /** What the drawing marks as selected: the selection, except in front of an audience, where handles only distract. */
    public Set<ElementRef> shownSelection() {
        return presenting ? Set.of() : selectionSnapshot;
    }

    private void paintPath() {
        pathLayer.getGraphicsContext2D().clearRect(0, 0, pathLayer.getWidth(), pathLayer.getHeight());
        if (path != null) {
            renderer.renderPath(pathSurface, scene, camera.viewport(), path, palette());
        }
    }

    /** The view's side of the pointer's gestures. */
    private final class PointerHost implements CanvasPointer.Host {

        @Override
        public void status(String message) {
            statusMessage.set(message);
        }

        @Override
        public void rename(ElementRef ref) {
            startRename(ref);
        }

        @Override
        public void repaint() {
            TopologyCanvasView.this.repaint();
        }

        @Override
        public void cursor(Cursor cursor) {
            setCursor(cursor);
        }

        @Override
        public Optional<ElementRef> locationTagAt(double x, double y) {
            return LocationTitles.tagAt(surface, scene, camera.viewport(), x, y);
        }

        @Override
        public void contextMenu(ElementRef element, double canvasX, double canvasY, double screenX, double screenY) {
            TopologyCanvasView.this.contextMenu.show(element, canvasX, canvasY, screenX, screenY);
        }

        @Override
        public void show(List<Guide> shownGuides, List<LayoutBox> shownGhosts, ElementRef target) {
            guides = shownGuides;
            ghosts = shownGhosts;
            dragTarget = target;
            TopologyCanvasView.this.repaint();
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
