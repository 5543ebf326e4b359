package dev.aegisplanner.app.backbone;

import dev.aegisplanner.model.engine.BackboneRoute;
import dev.aegisplanner.model.edit.LinkEdits;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.graphstream.graph.Edge;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.camera.Camera;
import org.graphstream.ui.view.util.InteractiveElement;

/**
 * The backbone as a graph (GraphStream): locations as nodes placed by their coordinates, links as edges labelled
 * with their latency. During a trace the route a forward to another location takes (or the locations the
 * request enters and leaves) is highlighted with its neighbourhood, in the tier's colour. Labels that would
 * cover more important ones wait until the view is zoomed in; the wheel zooms around the pointer, dragging
 * empty space pans, a double click on it shows everything again. Links are created, re-timed and deleted from
 * context menus; the view never edits the topology itself but reports each edit to a callback, which the window
 * turns into an undoable command ({@link BackboneCommands} does exactly that).
 *
 * <p>Call {@link #dispose()} when the view is discarded: the viewer runs a timer.
 */
public final class BackboneView extends StackPane {

    public static final String STYLE_CLASS = "backbone-view";
    private static final double WHEEL_ZOOM_PER_PIXEL = 1.0025;
    /** How far in the wheel zooms: a few locations fill the view. */
    private static final double MIN_VIEW_PERCENT = 0.02;
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final MultiGraph graph = new MultiGraph("backbone", false, true);
    private final BackboneGraph model = new BackboneGraph(graph);
    private final FxViewer viewer;
    private final FxViewPanel panel;
    private final ObjectProperty<Topology> topology = new SimpleObjectProperty<>(this, "topology", Topology.empty(""));
    private final ObjectProperty<TraceResult> trace = new SimpleObjectProperty<>(this, "trace");
    private final ReadOnlyObjectWrapper<BackboneRoute> route = new ReadOnlyObjectWrapper<>(this, "route");
    private final Label caption = new Label();
    private final Label hint = new Label("Scroll to zoom, drag to pan, double-click to see it all. "
            + "Right-click a location to link it, a link to change or delete it.");
    private final AnimationTimer labels;
    private boolean dark;
    private String stylesheet;
    private double dragX = Double.NaN;
    private double dragY;
    private ContextMenu menu;
    private LatencyPrompt prompt = LatencyPrompt.DIALOG;
    private Consumer<Link> onCreateLink = link -> { };
    private Consumer<Link> onChangeLatency = link -> { };
    private Consumer<Link> onDeleteLink = link -> { };
    private Consumer<String> onLocationClicked = id -> { };

    public BackboneView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(BackboneView.class.getResource("backbone.css").toExternalForm());
        graph.setAttribute("ui.antialias");
        graph.setAttribute("ui.quality");
        viewer = new FxViewer(graph, Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        panel = (FxViewPanel) viewer.addDefaultView(false);
        // Locations stay at their coordinates: GraphStream's own mouse handling would drag them away.
        ((View) panel).setMouseManager(new StillMouse());
        caption.getStyleClass().add("backbone-caption");
        hint.getStyleClass().add("backbone-hint");
        StackPane.setAlignment(caption, Pos.TOP_LEFT);
        StackPane.setAlignment(hint, Pos.BOTTOM_LEFT);
        caption.setMouseTransparent(true);
        hint.setMouseTransparent(true);
        getChildren().addAll(panel, caption, hint);
        setMinSize(200, 150);
        setPrefSize(700, 480);
        topology.addListener((obs, old, now) -> refresh());
        trace.addListener((obs, old, now) -> refresh());
        panel.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::onContextMenu);
        panel.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
        panel.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        panel.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        panel.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragX = Double.NaN);
        panel.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        // The viewer scales the view as it draws; the labels follow the scale it drew at.
        labels = new AnimationTimer() {
            @Override
            public void handle(long now) {
                double scale = camera().getMetrics().ratioPx2Gu;
                if (scale > 0) {
                    model.labelsAt(scale);
                }
            }
        };
        labels.start();
        refresh();
    }

    /** Follows the shell's theme. */
    public void setDarkTheme(boolean value) {
        dark = value;
        pseudoClassStateChanged(DARK, value);
        restyle();
    }

    /** Shows the whole graph again. */
    public void showAll() {
        camera().resetView();
    }

    /** The view's zoom: 1 shows the whole graph, smaller is further in. */
    public double viewPercent() {
        return camera().getViewPercent();
    }

    /** Zooms around a point of this view, as the wheel does. */
    public void zoomAround(double factor, double x, double y) {
        Camera camera = camera();
        Point3 at = camera.transformPxToGu(x, y);
        Point3 centre = camera.getViewCenter();
        double before = camera.getViewPercent();
        double after = Math.max(MIN_VIEW_PERCENT, Math.min(1, before / factor));
        camera.setViewPercent(after);
        double kept = after / before;
        camera.setViewCenter(at.x + (centre.x - at.x) * kept, at.y + (centre.y - at.y) * kept, 0);
    }

    private Camera camera() {
        return ((View) panel).getCamera();
    }

    private void restyle() {
        String next = BackboneStyle.of(dark, graph.getNodeCount(), trace.get() == null ? null : trace.get().tier());
        if (!next.equals(stylesheet)) {
            stylesheet = next;
            graph.setAttribute("ui.stylesheet", next);
        }
    }

    public ObjectProperty<Topology> topologyProperty() {
        return topology;
    }

    public void setTopology(Topology value) {
        topology.set(value == null ? Topology.empty("") : value);
    }

    /** The trace whose backbone route to highlight; {@code null} for none. */
    public ObjectProperty<TraceResult> traceProperty() {
        return trace;
    }

    public void setTrace(TraceResult value) {
        trace.set(value);
    }

    /** The highlighted route, or {@code null} when the trace does not cross the backbone. */
    public ReadOnlyObjectProperty<BackboneRoute> routeProperty() {
        return route.getReadOnlyProperty();
    }

    /** Receives a new link (from, to, latency) the planner asked for. */
    public void setOnCreateLink(Consumer<Link> handler) {
        onCreateLink = handler == null ? link -> { } : handler;
    }

    /** Receives an existing link's ends with the new latency. */
    public void setOnChangeLatency(Consumer<Link> handler) {
        onChangeLatency = handler == null ? link -> { } : handler;
    }

    /** Receives the link the planner deleted. */
    public void setOnDeleteLink(Consumer<Link> handler) {
        onDeleteLink = handler == null ? link -> { } : handler;
    }

    /** Receives a location's id when the planner clicks its node. */
    public void setOnLocationClicked(Consumer<String> handler) {
        onLocationClicked = handler == null ? id -> { } : handler;
    }

    /** How latencies are asked for; the default is a dialog. */
    public void setLatencyPrompt(LatencyPrompt latencyPrompt) {
        prompt = latencyPrompt == null ? LatencyPrompt.DIALOG : latencyPrompt;
    }

    /** Asks for a latency (suggested from the distance) and reports a new link between two locations. */
    public void createLink(String from, String to) {
        Optional<Location> a = topology.get().location(from);
        Optional<Location> b = topology.get().location(to);
        if (a.isEmpty() || b.isEmpty() || from.equals(to) || LinkEdits.between(topology.get(), from, to).isPresent()) {
            return;
        }
        double suggested = Latency.suggested(a.get().lat(), a.get().lon(), b.get().lat(), b.get().lon());
        prompt.ask(getSceneWindow(), "New link " + from + " \u2013 " + to, suggested)
                .ifPresent(ms -> onCreateLink.accept(new Link(from, to, ms)));
    }

    /** Asks for a new latency of a link and reports it. */
    public void changeLatency(Link link) {
        prompt.ask(getSceneWindow(), "Latency of the link " + link.from() + " \u2013 " + link.to(), link.latencyMs())
                .ifPresent(ms -> {
                    if (ms != link.latencyMs()) {
                        onChangeLatency.accept(new Link(link.from(), link.to(), ms));
                    }
                });
    }

    public void deleteLink(Link link) {
        onDeleteLink.accept(link);
    }

    /** Stops the viewer's timer and the labels'. */
    public void dispose() {
        labels.stop();
        viewer.close();
    }

    /** The context menu for a location (node id) or a link (edge id), as right-clicking it shows. */
    ContextMenu menuFor(String elementId) {
        ContextMenu contextMenu = new ContextMenu();
        Edge edge = graph.getEdge(elementId);
        if (edge != null) {
            Link link = (Link) edge.getAttribute(BackboneGraph.LINK);
            MenuItem latency = new MenuItem("Change latency (" + Latency.format(link.latencyMs()) + ")\u2026");
            latency.setOnAction(e -> changeLatency(link));
            MenuItem delete = new MenuItem("Delete link " + link.from() + " \u2013 " + link.to());
            delete.setOnAction(e -> deleteLink(link));
            contextMenu.getItems().addAll(latency, new SeparatorMenuItem(), delete);
        } else if (graph.getNode(elementId) != null) {
            Menu linkTo = new Menu("Link " + elementId + " to");
            for (Location other : unlinkedFrom(elementId)) {
                MenuItem item = new MenuItem(other.id() + (other.displayName().equals(other.id()) ? ""
                        : " (" + other.displayName() + ")") + "\u2026");
                item.setOnAction(e -> createLink(elementId, other.id()));
                linkTo.getItems().add(item);
            }
            linkTo.setDisable(linkTo.getItems().isEmpty());
            contextMenu.getItems().add(linkTo);
        }
        return contextMenu;
    }

    private List<Location> unlinkedFrom(String id) {
        Topology t = topology.get();
        return t.locations().stream()
                .filter(l -> !l.id().equals(id) && LinkEdits.between(t, id, l.id()).isEmpty())
                .sorted(Comparator.comparing(Location::id))
                .toList();
    }

    /** The nodes and edges as the viewer holds them, for tests. */
    BackboneGraph model() {
        return model;
    }

    private void refresh() {
        TraceResult shown = trace.get();
        BackboneRoute highlighted = shown == null ? null : shown.route();
        route.set(highlighted);
        model.show(topology.get(), highlighted, ends(shown));
        restyle();
        caption.setText(caption(shown, highlighted));
        caption.setVisible(!caption.getText().isEmpty());
    }

    /** Where a trace enters and leaves: what the graph shows of a trace that takes no backbone route. */
    private static Set<String> ends(TraceResult shown) {
        Set<String> ends = new LinkedHashSet<>();
        if (shown != null) {
            if (shown.ingress() != null && shown.ingress().location() != null) {
                ends.add(shown.ingress().location());
            }
            if (shown.egress() != null && shown.egress().location() != null) {
                ends.add(shown.egress().location());
            }
        }
        return ends;
    }

    private static String caption(TraceResult shown, BackboneRoute highlighted) {
        if (highlighted != null) {
            return "Backbone route " + String.join(" \u2192 ", highlighted.locations()) + " \u00b7 "
                    + Latency.format(highlighted.latencyMs());
        }
        if (shown != null && shown.tier() == Tier.OTHER_LOCATION && shown.egress() != null) {
            return "Forwarded " + shown.ingress().location() + " \u2192 " + shown.egress().location()
                    + " by distance: the backbone joins no candidate";
        }
        return "";
    }

    private Optional<String> elementAt(double x, double y) {
        GraphicElement element = panel.findGraphicElementAt(
                EnumSet.of(InteractiveElement.NODE, InteractiveElement.EDGE), x, y);
        return Optional.ofNullable(element).map(GraphicElement::getId);
    }

    private void onContextMenu(ContextMenuEvent e) {
        if (menu != null) {
            menu.hide();
        }
        elementAt(e.getX(), e.getY()).ifPresent(id -> {
            menu = menuFor(id);
            if (!menu.getItems().isEmpty()) {
                menu.show(panel, e.getScreenX(), e.getScreenY());
            }
        });
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.MIDDLE) {
            dragX = e.getX();
            dragY = e.getY();
        }
    }

    private void onDragged(MouseEvent e) {
        if (Double.isNaN(dragX)) {
            return;
        }
        Camera camera = camera();
        double scale = camera.getMetrics().ratioPx2Gu;
        if (scale > 0) {
            // Panning leaves the fitted view for one the planner steers (the zoom stays where it was).
            camera.setAutoFitView(false);
            Point3 centre = camera.getViewCenter();
            camera.setViewCenter(centre.x - (e.getX() - dragX) / scale, centre.y + (e.getY() - dragY) / scale, 0);
        }
        panel.setCursor(Cursor.CLOSED_HAND);
        dragX = e.getX();
        dragY = e.getY();
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            zoomAround(Math.pow(WHEEL_ZOOM_PER_PIXEL, e.getDeltaY()), e.getX(), e.getY());
        }
        e.consume();
    }

    private void onClicked(MouseEvent e) {
        panel.setCursor(Cursor.DEFAULT);
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        if (e.getClickCount() == 2 && elementAt(e.getX(), e.getY()).isEmpty()) {
            showAll();
            return;
        }
        elementAt(e.getX(), e.getY()).ifPresent(id -> {
            Edge edge = graph.getEdge(id);
            if (edge != null && e.getClickCount() == 2) {
                changeLatency((Link) edge.getAttribute(BackboneGraph.LINK));
            } else if (graph.getNode(id) != null) {
                onLocationClicked.accept(id);
            }
        });
    }

    private Window getSceneWindow() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
