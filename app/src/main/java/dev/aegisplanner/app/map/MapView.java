package dev.aegisplanner.app.map;

import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Topology;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The world map: locations placed by their coordinates, backbone links, origins, and a traced path drawn as
 * great-circle arcs with the packet moving along it. One canvas, redrawn on change. The wheel zooms around the
 * pointer, dragging pans (the world repeats sideways), a double click zooms in; hovering a location shows its
 * card, clicking it reports it to {@link #setOnLocationClicked}.
 *
 * <p>Bind {@link #packetPositionProperty()} to {@code TracePlayback.positionProperty()} to animate a trace.
 */
public final class MapView extends Region {

    public static final String STYLE_CLASS = "map-view";
    private static final double WHEEL_ZOOM_PER_PIXEL = 1.0025;

    private final Canvas canvas = new Canvas();
    private final MapRenderer renderer = new MapRenderer(MapPalette.LIGHT);
    private final MapViewport viewport = new MapViewport();
    private final ObjectProperty<Topology> topology = new SimpleObjectProperty<>(this, "topology", Topology.empty(""));
    private final ObjectProperty<TraceResult> trace = new SimpleObjectProperty<>(this, "trace");
    private final DoubleProperty packetPosition = new SimpleDoubleProperty(this, "packetPosition", Double.NaN);
    private final ReadOnlyObjectWrapper<String> hoveredLocation = new ReadOnlyObjectWrapper<>(this, "hoveredLocation");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private Consumer<String> onLocationClicked = id -> { };
    private double dragX;
    private double dragY;
    private boolean dragged;
    private boolean framed;
    private Insets framePadding = Insets.EMPTY;
    /** What to frame once the map has a size: asked for while it had none (a tab not shown yet). */
    private MapContent pendingFrame;
    private double pendingSideRoom;
    /**
     * What was last framed, while the planner has not moved the view since: framed again when the map changes
     * size (the window settling, a panel shown or hidden), so what was framed stays whole in view.
     */
    private MapContent lastFrame;
    private double lastSideRoom;

    /**
     * An empty map of the world. The first topology with locations is framed on its locations; later ones
     * (every edit makes a new topology value) keep the view where the planner left it: call
     * {@link #fitToTopology()} after opening another file.
     */
    public MapView() {
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(canvas);
        setMinSize(200, 150);
        setPrefSize(900, 520);
        topology.addListener((obs, old, now) -> {
            if (old == null || old.locations().isEmpty() || !framed) {
                framed = false;
                requestLayout();
            }
            redraw();
        });
        for (Observable o : new Observable[] {trace, packetPosition, hoveredLocation}) {
            o.addListener(x -> redraw());
        }
        canvas.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> canvas.setCursor(Cursor.DEFAULT));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoveredLocation.set(locationAt(e.getX(), e.getY()).orElse(null)));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hoveredLocation.set(null));
    }

    public ObjectProperty<Topology> topologyProperty() {
        return topology;
    }

    public void setTopology(Topology value) {
        topology.set(value == null ? Topology.empty("") : value);
    }

    /** The traced path to draw; {@code null} for none. */
    public ObjectProperty<TraceResult> traceProperty() {
        return trace;
    }

    public void setTrace(TraceResult value) {
        trace.set(value);
    }

    /** The packet's position in hop units; {@code NaN} draws the whole path without a packet. */
    public DoubleProperty packetPositionProperty() {
        return packetPosition;
    }

    public void setPacketPosition(double hopPosition) {
        packetPosition.set(hopPosition);
    }

    public ReadOnlyObjectProperty<String> hoveredLocationProperty() {
        return hoveredLocation.getReadOnlyProperty();
    }

    /** Zoom relative to the whole world's width in view: 1 is the world, 4 a continent or so. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** Called with a location's id when the user clicks its dot. */
    public void setOnLocationClicked(Consumer<String> handler) {
        onLocationClicked = handler == null ? id -> { } : handler;
    }

    public void setPalette(MapPalette palette) {
        renderer.setPalette(palette);
        redraw();
    }

    /** What is laid over the locations now; {@link MapHeat#NONE} for nothing. */
    public MapHeat heat() {
        return renderer.heat();
    }

    /** What an analysis view lays over the locations; {@link MapHeat#NONE} for none. */
    public void setHeat(MapHeat heat) {
        renderer.setHeat(heat);
        redraw();
    }

    /** Whether the traced path comes with its explanatory card; on by default. */
    public void setTraceCardShown(boolean shown) {
        renderer.setTraceCardShown(shown);
        redraw();
    }

    public void zoomIn() {
        zoomAt(1.5, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(1 / 1.5, getWidth() / 2, getHeight() / 2);
    }

    public void showWorld() {
        viewport.showWorld();
        lastFrame = null;
        framed = true;
        changed();
    }

    /** Frames every location and origin with coordinates. */
    public void fitToTopology() {
        frame(MapContent.of(topology.get()));
        changed();
    }

    /**
     * Locations drawn apart and named first, never merged into a counted cluster however close they are: what a
     * view is about (a proposal's holders), each with its own marker and ring. Empty for none.
     */
    public void setStandingAlone(Collection<String> ids) {
        renderer.setStandingAlone(Set.copyOf(ids));
        redraw();
    }

    /** Frames these locations alone: what a view is about when the whole topology would hide it in clusters. */
    public void fitToLocations(Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        Topology shown = topology.get();
        frame(MapContent.of(shown.withOrigins(List.of())
                .withLocations(shown.locations().stream().filter(l -> wanted.contains(l.id())).toList())));
        changed();
    }

    /** Frames the traced path (client and origin sides included); the whole topology when there is none. */
    public void fitToTrace() {
        frame(new MapContent(topology.get(), trace.get(), Double.NaN, null),
                trace.get() == null ? 0 : TraceRoute.SIDE_OFFSET_X + 24);
        changed();
    }

    /**
     * Room that framing keeps clear along the edges, for panels laid over the map (presentation mode's
     * captions): what is framed fits in the rest, centred there.
     */
    public void setFramePadding(Insets padding) {
        framePadding = padding == null ? Insets.EMPTY : padding;
    }

    private void frame(MapContent content) {
        frame(content, 0);
    }

    /**
     * @param sideRoom pixels kept clear left and right on top of the frame padding: the client and an origin
     *     without coordinates are drawn that far beside the path's ends
     */
    private void frame(MapContent content, double sideRoom) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        lastFrame = content;
        lastSideRoom = sideRoom;
        if (w <= 1 || h <= 1) {
            pendingFrame = content;
            pendingSideRoom = sideRoom;
            return;
        }
        Insets p = new Insets(framePadding.getTop(), framePadding.getRight() + sideRoom, framePadding.getBottom(),
                framePadding.getLeft() + sideRoom);
        viewport.resize(Math.max(1, w - p.getLeft() - p.getRight()), Math.max(1, h - p.getTop() - p.getBottom()));
        MapRenderer.frame(viewport, content);
        viewport.resize(w, h);
        viewport.panBy((p.getLeft() - p.getRight()) / 2, (p.getTop() - p.getBottom()) / 2);
        framed = true;
    }

    /** Centres the view on a location, keeping the zoom. */
    public void centreOn(String id) {
        locationPoint(id).ifPresent(p -> {
            viewport.panBy(getWidth() / 2 - p.getX(), getHeight() / 2 - p.getY());
            lastFrame = null;
            changed();
        });
    }

    /**
     * How many locations the marker under a point of this node stands for, as last drawn: 1 for a location of its
     * own, more for a cluster of locations too close to draw apart at this zoom, 0 for none.
     */
    public int clusterSizeAt(Point2D point) {
        return renderer.clusterSizeAt(point.getX(), point.getY());
    }

    /** Where a location's dot is drawn, in this node's coordinates (the copy of the world nearest the centre). */
    public Optional<Point2D> locationPoint(String id) {
        return topology.get().location(id).map(l -> new Point2D(
                viewport.x(GeoMath.unwrap(l.lon(), viewport.centerLon())), viewport.y(l.lat())));
    }

    /**
     * Where a location's name was last drawn, in this node's coordinates; empty when the map left it out (no room
     * beside its marker, out of view, or inside a cluster).
     */
    public Optional<Bounds> locationLabelBounds(String id) {
        return renderer.labelBounds(id).map(r -> new BoundingBox(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight()));
    }

    /** The location whose dot is at a point of this node, if any. */
    public Optional<String> locationAt(double x, double y) {
        return renderer.locationAt(viewport, topology.get(), x, y);
    }

    /** The map as drawn now, for export; on the JavaFX thread. */
    public WritableImage snapshotMap() {
        return canvas.snapshot(null, null);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        boolean resized = canvas.getWidth() != w || canvas.getHeight() != h;
        if (resized) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            viewport.resize(w, h);
        }
        if (resized && pendingFrame == null && lastFrame != null && w > 1 && h > 1) {
            frame(lastFrame, lastSideRoom);
        } else if (pendingFrame != null && w > 1 && h > 1) {
            frame(pendingFrame, pendingSideRoom);
            pendingFrame = null;
        } else if (!framed && w > 1 && h > 1 && !topology.get().locations().isEmpty()) {
            frame(MapContent.of(topology.get()));
        }
        changed();
    }

    private void zoomAt(double factor, double x, double y) {
        viewport.zoomAt(factor, x, y);
        lastFrame = null;
        changed();
    }

    private void changed() {
        zoom.set(viewport.scale() / viewport.minScale());
        redraw();
    }

    private void redraw() {
        if (canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return;
        }
        MapContent content = new MapContent(topology.get(), trace.get(), packetPosition.get(), hoveredLocation.get());
        renderer.render(canvas.getGraphicsContext2D(), viewport, content);
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            zoomAt(Math.pow(WHEEL_ZOOM_PER_PIXEL, e.getDeltaY()), e.getX(), e.getY());
        }
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        dragX = e.getX();
        dragY = e.getY();
        dragged = false;
    }

    private void onDragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.MIDDLE) {
            return;
        }
        canvas.setCursor(Cursor.CLOSED_HAND);
        viewport.panBy(e.getX() - dragX, e.getY() - dragY);
        lastFrame = null;
        dragged |= Math.hypot(e.getX() - dragX, e.getY() - dragY) > 0;
        dragX = e.getX();
        dragY = e.getY();
        changed();
    }

    private void onClicked(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getClickCount() == 2 || renderer.clusterSizeAt(e.getX(), e.getY()) > 1) {
            // A cluster opens up: zoomed in, its locations stand apart.
            zoomAt(e.getClickCount() == 2 ? 2 : 3, e.getX(), e.getY());
        } else {
            locationAt(e.getX(), e.getY()).ifPresent(onLocationClicked);
        }
    }
}
