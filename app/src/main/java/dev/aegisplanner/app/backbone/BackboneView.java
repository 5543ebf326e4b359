package dev.aegisplanner.app.backbone;

import dev.aegisplanner.model.engine.BackboneRoute;
import dev.aegisplanner.model.edit.LinkEdits;
import dev.aegisplanner.model.engine.Tier;
import dev.aegisplanner.model.engine.TraceResult;
import dev.aegisplanner.model.topology.Link;
import dev.aegisplanner.model.topology.Location;
import dev.aegisplanner.model.topology.Topology;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.graphstream.graph.Edge;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.util.InteractiveElement;

/**
 * The backbone as a graph: locations as nodes, links as edges labelled with their latency, laid out
 * automatically (GraphStream). When the trace is forwarded to another location over the backbone, the route it
 * takes is highlighted. Links are created, re-timed and deleted from context menus; the view never edits the
 * topology itself but reports each edit to a callback, which the window turns into an undoable command
 * ({@link BackboneCommands} does exactly that).
 *
 * <p>Call {@link #dispose()} when the view is discarded: the layout runs on its own thread.
 */
public final class BackboneView extends StackPane {

    public static final String STYLE_CLASS = "backbone-view";
    private static final String STYLESHEET = "backbone.gss";

    private final MultiGraph graph = new MultiGraph("backbone", false, true);
    private final BackboneGraph model = new BackboneGraph(graph);
    private final FxViewer viewer;
    private final FxViewPanel panel;
    private final ObjectProperty<Topology> topology = new SimpleObjectProperty<>(this, "topology", Topology.empty(""));
    private final ObjectProperty<TraceResult> trace = new SimpleObjectProperty<>(this, "trace");
    private final ReadOnlyObjectWrapper<BackboneRoute> route = new ReadOnlyObjectWrapper<>(this, "route");
    private final Label caption = new Label();
    private final Label hint = new Label("Right-click a location to link it, a link to change or delete it. "
            + "Drag locations to arrange them.");
    private ContextMenu menu;
    private LatencyPrompt prompt = LatencyPrompt.DIALOG;
    private Consumer<Link> onCreateLink = link -> { };
    private Consumer<Link> onChangeLatency = link -> { };
    private Consumer<Link> onDeleteLink = link -> { };
    private Consumer<String> onLocationClicked = id -> { };

    public BackboneView() {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(BackboneView.class.getResource("backbone.css").toExternalForm());
        graph.setAttribute("ui.stylesheet", stylesheet());
        graph.setAttribute("ui.antialias");
        graph.setAttribute("ui.quality");
        viewer = new FxViewer(graph, Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        viewer.enableAutoLayout();
        panel = (FxViewPanel) viewer.addDefaultView(false);
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
        refresh();
    }

    private static String stylesheet() {
        try (InputStream in = BackboneView.class.getResourceAsStream(STYLESHEET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + STYLESHEET, e);
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

    /** Stops the layout thread and the viewer's timer. */
    public void dispose() {
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
        model.show(topology.get(), highlighted);
        caption.setText(caption(shown, highlighted));
        caption.setVisible(!caption.getText().isEmpty());
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

    private void onClicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
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
